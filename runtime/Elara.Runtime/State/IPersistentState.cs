namespace Elara.Runtime.State;

/// <summary>
/// A grain's durable state, read before <c>OnActivateAsync</c>. Writes are checked against <see cref="ETag"/>: a stale one
/// throws <see cref="InconsistentStateException"/> and the activation is dropped, so two activations of one grain
/// (split brain) can never overwrite each other silently.
/// </summary>
public interface IPersistentState<TState>
    where TState : new()
{
    TState State { get; set; }

    /// <summary>The version last read or written; null when the store holds nothing.</summary>
    string? ETag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync(CancellationToken cancellationToken = default);

    Task WriteStateAsync(CancellationToken cancellationToken = default);

    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
