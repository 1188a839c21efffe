namespace Elara.Runtime.State;

/// <summary>
/// A grain's append-only log beside its persistent state (event sourcing). The state is a snapshot that records the
/// position of the last entry it holds; at activation the grain replays <see cref="ReadAfterAsync"/> from there. An
/// append returns once the entry is durable, so a grain can acknowledge what it logged without writing its whole state.
/// Positions are the grain's own: 1, 2, 3... An append at a taken position (another activation wrote ahead) throws
/// <see cref="InconsistentStateException"/> and drops this activation, as a stale state write does.
/// </summary>
public interface IEventLog<TEntry>
{
    /// <summary>The entries after <paramref name="position"/>, oldest first.</summary>
    Task<IReadOnlyList<LogEntry<TEntry>>> ReadAfterAsync(long position, CancellationToken cancellationToken = default);

    Task AppendAsync(long position, TEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Lets the store drop the entries before <paramref name="position"/>: a stored snapshot holds them.</summary>
    Task ForgetBeforeAsync(long position, CancellationToken cancellationToken = default);
}
