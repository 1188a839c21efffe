using Elara.Runtime.Observers;

namespace Elara.Runtime.Tests.Grains;

public interface IBoardObserver : IGrainObserver
{
    Task OnMessageAsync(string message);
}

public interface IBoardGrain : IGrainWithStringKey
{
    Task SubscribeAsync(IBoardObserver observer);

    Task<int> PostAsync(string message);
}

/// <summary>Pushes each posted message to the observers subscribed from outside the cluster; returns how many got it.</summary>
public sealed class BoardGrain(TimeProvider clock) : Grain, IBoardGrain
{
    readonly ObserverManager<IBoardObserver> observers = new(TimeSpan.FromMinutes(5), clock);

    public Task SubscribeAsync(IBoardObserver observer)
    {
        observers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public async Task<int> PostAsync(string message)
    {
        await observers.NotifyAsync(o => o.OnMessageAsync(message));
        return observers.Count;
    }
}
