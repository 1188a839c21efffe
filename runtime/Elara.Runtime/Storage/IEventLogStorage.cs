namespace Elara.Runtime.Storage;

/// <summary>
/// Where grains keep append-only logs beside their state (event sourcing: the state is a snapshot that says how far into
/// its log it reaches, and the entries after that position replay on top of it). Payloads are JSON text.
/// </summary>
public interface IEventLogStorage
{
    /// <summary>The entries after <paramref name="position"/>, oldest first.</summary>
    Task<IReadOnlyList<LoggedEntry>> ReadAfterAsync(GrainId grainId, string logName, long position, CancellationToken cancellationToken = default);

    /// <summary>Stores the entry at exactly <paramref name="position"/>; returns once it is durable.</summary>
    /// <exception cref="InconsistentStateException">That position or a later one is taken: another activation wrote ahead.</exception>
    Task AppendAsync(GrainId grainId, string logName, long position, string payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops the entries before <paramref name="position"/>, which a stored snapshot now holds. The entry at the position
    /// stays as the log's high-water mark, so a stale activation can never append below it.
    /// </summary>
    Task ForgetBeforeAsync(GrainId grainId, string logName, long position, CancellationToken cancellationToken = default);
}
