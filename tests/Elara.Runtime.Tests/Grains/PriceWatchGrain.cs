using Elara.Runtime.Streams;

namespace Elara.Runtime.Tests.Grains;

public interface IPriceWatchGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<decimal>> SeenAsync();
}

public sealed record PriceChanged(string ProductId, decimal Price);

/// <summary>Receives every item of the "prices" stream whose key is this grain's key, without subscribing.</summary>
[ImplicitStreamSubscription("prices")]
public sealed class PriceWatchGrain : Grain, IPriceWatchGrain, IAsyncObserver<PriceChanged>
{
    readonly List<decimal> seen = [];

    public Task OnNextAsync(PriceChanged item, StreamId stream)
    {
        seen.Add(item.Price);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<decimal>> SeenAsync() => Task.FromResult<IReadOnlyList<decimal>>(seen.ToArray());
}
