using System.Threading.Channels;
using Elara.Grains.Trending;

namespace Elara.Api.Dashboard;

/// <summary>One dashboard connection's ear on the trending grain: change notices collapse into one pending wake-up.</summary>
public sealed class DashboardListener : ITrendingObserver
{
    readonly Channel<DateTimeOffset> changes = Channel.CreateBounded<DateTimeOffset>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public Task ChangedAsync(DateTimeOffset at)
    {
        changes.Writer.TryWrite(at);
        return Task.CompletedTask;
    }

    /// <summary>True when a change arrived within <paramref name="timeout"/>; false on timeout or cancellation.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await changes.Reader.ReadAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
