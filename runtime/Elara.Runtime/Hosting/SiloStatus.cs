namespace Elara.Runtime.Hosting;

/// <summary>Whether the silo is up and taking calls; health checks read it.</summary>
public sealed class SiloStatus
{
    volatile bool isRunning;

    public bool IsRunning => isRunning;

    public string Storage { get; internal set; } = "";

    /// <summary>Live activations on this silo (observer references included).</summary>
    public int ActivationCount => Runtime?.Directory.Count ?? 0;

    internal Messaging.SiloRuntime? Runtime { get; set; }

    internal void SetRunning(bool value) => isRunning = value;
}
