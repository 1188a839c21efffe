using System.Globalization;

namespace Elara.Runtime.Storage;

/// <summary>
/// Grain state in process memory. One instance can be handed to several silos in the same process, which then
/// behave like silos sharing a database (tests use this to put two activations of one grain on two silos).
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(GrainId GrainId, string StateName), StoredState> _states = [];

    // One counter for the whole store, so an ETag is never handed out twice, not even after a clear.
    private long _lastVersion;

    public Task<StoredState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault((grainId, stateName)));
        }
    }

    public Task<string> WriteAsync(GrainId grainId, string stateName, string payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            CheckETag(grainId, stateName, expectedETag, "write");
            var eTag = (++_lastVersion).ToString(CultureInfo.InvariantCulture);
            _states[(grainId, stateName)] = new StoredState(payload, eTag);
            return Task.FromResult(eTag);
        }
    }

    public Task ClearAsync(GrainId grainId, string stateName, string? expectedETag, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            CheckETag(grainId, stateName, expectedETag, "clear");
            _states.Remove((grainId, stateName));
            return Task.CompletedTask;
        }
    }

    private void CheckETag(GrainId grainId, string stateName, string? expectedETag, string action)
    {
        var stored = _states.GetValueOrDefault((grainId, stateName));
        if (!string.Equals(stored?.ETag, expectedETag, StringComparison.Ordinal))
        {
            throw new InconsistentStateException(
                $"Cannot {action} state '{stateName}' of {grainId}: expected ETag {expectedETag ?? "(none)"} but the store has {stored?.ETag ?? "(none)"}.",
                storedETag: stored?.ETag,
                currentETag: expectedETag);
        }
    }
}
