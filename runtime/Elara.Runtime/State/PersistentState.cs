using System.Text.Json;
using Elara.Runtime.Messaging;

namespace Elara.Runtime.State;

internal sealed class PersistentState<TState>(string stateName, ActivationData activation) : IPersistentState<TState>, IActivationState
    where TState : new()
{
    // A fingerprint of what the store holds, so deactivation writes only state that changed (also when mutated in place).
    ulong storedFingerprint;

    public TState State { get; set; } = new();

    public string? ETag { get; private set; }

    public bool RecordExists => ETag is not null;

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var stored = await activation.Runtime.Storage.ReadAsync(activation.Id, stateName, cancellationToken).ConfigureAwait(false);
        State = stored is null ? new TState() : JsonSerializer.Deserialize<TState>(stored.Payload, activation.Runtime.Json) ?? new TState();
        ETag = stored?.ETag;
        storedFingerprint = stored is null ? 0 : StableHash.Of(stored.Payload);
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(State, activation.Runtime.Json);
        try
        {
            ETag = await activation.Runtime.Storage.WriteAsync(activation.Id, stateName, payload, ETag, cancellationToken).ConfigureAwait(false);
            storedFingerprint = StableHash.Of(payload);
        }
        catch (InconsistentStateException)
        {
            _ = activation.Deactivate(DeactivationReason.InconsistentState);
            throw;
        }
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await activation.Runtime.Storage.ClearAsync(activation.Id, stateName, ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (InconsistentStateException)
        {
            _ = activation.Deactivate(DeactivationReason.InconsistentState);
            throw;
        }

        ETag = null;
        storedFingerprint = 0;
        State = new TState();
    }

    public Task WriteIfChangedAsync(CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(State, activation.Runtime.Json);
        var unchanged = RecordExists
            ? StableHash.Of(payload) == storedFingerprint
            : payload == JsonSerializer.Serialize(new TState(), activation.Runtime.Json);
        return unchanged ? Task.CompletedTask : WriteStateAsync(cancellationToken);
    }
}
