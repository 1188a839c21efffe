namespace Elara.Runtime.Membership;

/// <summary>A silo's lifecycle as the membership table records it.</summary>
public static class SiloStatuses
{
    public const string Joining = "joining";
    public const string Active = "active";
    public const string ShuttingDown = "shutting_down";
    public const string Dead = "dead";
}

/// <summary>One silo incarnation's row. <see cref="SiloKey"/> is "host:port@generation", unique per incarnation.</summary>
public sealed record MembershipEntry(
    string SiloKey,
    string Name,
    string Host,
    int Port,
    int GatewayPort,
    long Generation,
    string Status,
    long HeartbeatAt,
    long StartedAt,
    string? Stats)
{
    public Placement.SiloAddress Address => new(Host, Port, Generation);
}

/// <summary>The table as of one version.</summary>
public sealed record MembershipTableData(long Version, IReadOnlyList<MembershipEntry> Entries);

/// <summary>
/// Where the cluster's silos are recorded. Every change of a row is a compare-and-set on the table version, so two
/// silos that disagree (say, about who is dead) cannot both win; heartbeats do not change the version.
/// </summary>
public interface IMembershipTable
{
    Task<MembershipTableData> ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the row if the table is still at <paramref name="expectedVersion"/>, bumping it; false when it moved on.</summary>
    Task<bool> TryWriteAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes rows if the table is still at <paramref name="expectedVersion"/>, bumping it.</summary>
    Task<bool> TryDeleteAsync(IReadOnlyCollection<string> siloKeys, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Records that the silo is alive (and its stats); false when its row is gone or dead, i.e. it must stop.</summary>
    Task<bool> HeartbeatAsync(string siloKey, long at, string? stats, CancellationToken cancellationToken = default);
}
