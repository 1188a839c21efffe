namespace Elara.Runtime.Observers;

/// <summary>
/// The observers a grain pushes to (e.g. live dashboards). Subscriptions expire unless renewed, so observers whose process
/// went away without unsubscribing are forgotten; an observer whose call fails is dropped at once.
/// </summary>
public sealed class ObserverManager<TObserver>(TimeSpan expiration, TimeProvider clock)
    where TObserver : class
{
    readonly Dictionary<TObserver, DateTimeOffset> observers = [];

    public int Count
    {
        get
        {
            RemoveExpired();
            return observers.Count;
        }
    }

    /// <summary>Adds the observer, or renews it.</summary>
    public void Subscribe(TObserver observer) => observers[observer] = clock.GetUtcNow();

    public void Unsubscribe(TObserver observer) => observers.Remove(observer);

    /// <summary>Calls every live observer; the ones that fail are removed.</summary>
    public async Task NotifyAsync(Func<TObserver, Task> notification)
    {
        RemoveExpired();
        var targets = observers.Keys.ToArray();
        var calls = targets.Select(async observer =>
        {
            try
            {
                await notification(observer).ConfigureAwait(false);
                return null;
            }
            catch (Exception)
            {
                return observer;
            }
        });
        foreach (var failed in await Task.WhenAll(calls).ConfigureAwait(false))
        {
            if (failed is not null)
            {
                observers.Remove(failed);
            }
        }
    }

    void RemoveExpired()
    {
        var cutoff = clock.GetUtcNow() - expiration;
        foreach (var (observer, renewed) in observers.ToArray())
        {
            if (renewed < cutoff)
            {
                observers.Remove(observer);
            }
        }
    }
}
