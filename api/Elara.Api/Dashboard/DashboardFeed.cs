using System.Runtime.CompilerServices;
using Elara.Grains.Trending;
using Elara.Runtime;

namespace Elara.Api.Dashboard;

/// <summary>
/// The snapshots one live dashboard receives: one at once, then one after each change notice the trending grain pushes
/// (it sends at most one a second). The subscription is renewed well before it would expire, and dropped at the end.
/// </summary>
public static class DashboardFeed
{
    static readonly TimeSpan Renewal = TrendingKeys.ObserverExpiry / 3;

    /// <param name="stopping">The host's shutdown: open dashboards must not hold it up.</param>
    public static async IAsyncEnumerable<DashboardSnapshot> WatchAsync(
        IGrainFactory grains, TrendingWindow window, TimeProvider clock, CancellationToken stopping, [EnumeratorCancellation] CancellationToken disconnected)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(stopping, disconnected);
        var cancellationToken = ending.Token;
        var trending = grains.GetGrain<ITrendingGrain>(TrendingKeys.Main);
        var listener = new DashboardListener();
        var reference = grains.CreateObjectReference<ITrendingObserver>(listener);
        try
        {
            await trending.SubscribeAsync(reference);
            var subscribed = clock.GetUtcNow();
            yield return await DashboardSnapshot.LoadAsync(grains, window);
            while (!cancellationToken.IsCancellationRequested)
            {
                var changed = await listener.WaitAsync(Renewal, clock, cancellationToken);
                if (clock.GetUtcNow() - subscribed >= Renewal)
                {
                    await trending.SubscribeAsync(reference);
                    subscribed = clock.GetUtcNow();
                }

                if (changed)
                {
                    yield return await DashboardSnapshot.LoadAsync(grains, window);
                }
            }
        }
        finally
        {
            await trending.UnsubscribeAsync(reference);
            grains.DeleteObjectReference(reference);
        }
    }
}
