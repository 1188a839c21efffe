namespace Elara.Runtime.Cluster;

/// <summary>How a silo (or client) takes part in a cluster; bound from "Elara:Cluster" by the hosts.</summary>
public sealed class ElaraClusterOptions
{
    /// <summary>Silos with the same cluster id in the same membership table form one cluster.</summary>
    public string ClusterId { get; set; } = "elara";

    /// <summary>The silo's name, shown by ops as its id; defaults to "silo-PORT".</summary>
    public string? SiloName { get; set; }

    /// <summary>The address to listen on ("0.0.0.0" for every interface).</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>The host other silos and clients connect to; defaults to the listen address (or the machine name for 0.0.0.0).</summary>
    public string? AdvertisedHost { get; set; }

    /// <summary>The silo-to-silo port; 0 picks a free one.</summary>
    public int SiloPort { get; set; }

    /// <summary>The port clients connect to; 0 means the silo port serves clients too.</summary>
    public int GatewayPort { get; set; }

    /// <summary>How often a silo writes its heartbeat, reads the table and probes its peers.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A silo whose heartbeat has not moved (or that has not answered probes) for this long is declared dead.</summary>
    public TimeSpan DeathTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a probe may take.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows of dead silos are deleted after this long.</summary>
    public TimeSpan DeadRowRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often a call that reached a silo which is not its home is forwarded before it is bounced.</summary>
    public int MaxForwardHops { get; set; } = 2;

    /// <summary>TCP connections from this process to each silo.</summary>
    public int ConnectionsPerSilo { get; set; } = 2;

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
