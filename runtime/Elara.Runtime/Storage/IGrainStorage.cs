namespace Elara.Runtime.Storage;

/// <summary>
/// Where grain state lives. Payloads are JSON text; ETags are opaque version strings chosen by the store.
/// Every write and clear is checked against the ETag the caller last saw (null = "I saw no row").
/// </summary>
public interface IGrainStorage
{
    /// <summary>The stored state, or null when the grain has none.</summary>
    Task<StoredState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken = default);

    /// <summary>Writes the payload and returns the new ETag.</summary>
    /// <exception cref="InconsistentStateException">The stored ETag is not <paramref name="expectedETag"/>.</exception>
    Task<string> WriteAsync(GrainId grainId, string stateName, string payload, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Removes the state; afterwards a read returns null and the next write expects a null ETag.</summary>
    /// <exception cref="InconsistentStateException">The stored ETag is not <paramref name="expectedETag"/>.</exception>
    Task ClearAsync(GrainId grainId, string stateName, string? expectedETag, CancellationToken cancellationToken = default);
}
