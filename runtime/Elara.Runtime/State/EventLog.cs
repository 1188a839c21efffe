using System.Text.Json;
using Elara.Runtime.Messaging;

namespace Elara.Runtime.State;

internal sealed class EventLog<TEntry>(string logName, ActivationData activation) : IEventLog<TEntry>
{
    public async Task<IReadOnlyList<LogEntry<TEntry>>> ReadAfterAsync(long position, CancellationToken cancellationToken = default)
    {
        var stored = await activation.Runtime.EventLogs.ReadAfterAsync(activation.Id, logName, position, cancellationToken).ConfigureAwait(false);
        return [.. stored.Select(e => new LogEntry<TEntry>(e.Position, JsonSerializer.Deserialize<TEntry>(e.Payload, activation.Runtime.Json)!))];
    }

    public async Task AppendAsync(long position, TEntry entry, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(entry, activation.Runtime.Json);
        try
        {
            await activation.Runtime.EventLogs.AppendAsync(activation.Id, logName, position, payload, cancellationToken).ConfigureAwait(false);
        }
        catch (InconsistentStateException)
        {
            _ = activation.Deactivate(DeactivationReason.InconsistentState);
            throw;
        }
    }

    public Task ForgetBeforeAsync(long position, CancellationToken cancellationToken = default) =>
        activation.Runtime.EventLogs.ForgetBeforeAsync(activation.Id, logName, position, cancellationToken);
}
