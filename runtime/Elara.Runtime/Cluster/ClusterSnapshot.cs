namespace Elara.Runtime.Cluster;

/// <summary>What ops sees of the cluster: the membership version and every silo the table knows.</summary>
public sealed record ClusterSnapshot(long MembershipVersion, IReadOnlyList<SiloSnapshot> Silos);

/// <summary>
/// One silo: its id, where it listens, its status (active, joining, shutting_down, dead), live activations by grain type
/// the grain calls it handled per second over the last second or so, and its process's garbage collector (null for a
/// silo that has not published it, or is dead).
/// </summary>
public sealed record SiloSnapshot(
    string Id,
    string Address,
    string Status,
    IReadOnlyDictionary<string, int> Activations,
    double MessagesPerSecond,
    SiloGc? Gc);

/// <summary>The cluster as ops sees it; every host (silo, co-hosting API, pure client) registers one.</summary>
public interface IClusterOverview
{
    Task<ClusterSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);
}
