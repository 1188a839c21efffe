namespace Elara.Silo.Hosting;

/// <summary>Where the silo keeps grain state and reminders: configuration section "Elara".</summary>
public sealed class SiloStorageOptions
{
    /// <summary>"sqlite" (the embedded default), "postgres" (uses ConnectionStrings:Elara) or "memory" (lost at exit).</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The folder for the SQLite file and other local data.</summary>
    public string DataDir { get; set; } = ".elara";
}
