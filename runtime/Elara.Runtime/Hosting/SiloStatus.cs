namespace Elara.Runtime.Hosting;

/// <summary>Whether the silo is up and taking calls; health checks read it.</summary>
public sealed class SiloStatus
{
    volatile bool isRunning;
    volatile bool hasStopped;

    public bool IsRunning => isRunning;

    /// <summary>True once the silo has begun to stop (it stays true).</summary>
    public bool HasStopped => hasStopped;

    /// <summary>The silo's name in the cluster (ops shows it as the silo id).</summary>
    public string SiloName { get; internal set; } = "silo";

    public string Storage { get; internal set; } = "";

    /// <summary>Live activations on this silo (observer references included).</summary>
    public int ActivationCount => Runtime?.Directory.Count ?? 0;

    internal Messaging.SiloRuntime? Runtime { get; set; }

    internal void SetRunning(bool value)
    {
        isRunning = value;
        if (!value)
        {
            hasStopped = true;
        }
    }
}
