using Elara.Grains.Behaviour;
using Elara.Grains.Search;
using Elara.Runtime;

namespace Elara.Api.Search;

/// <summary>Passes searches on to the trending queries, and clicks that name their query on to the index's learning.</summary>
public static class SearchSignals
{
    public static Task FeedAsync(IGrainFactory grains, IReadOnlyList<BehaviourEvent> events)
    {
        var search = grains.GetGrain<ISearchGrain>(SearchKeys.Local);
        return Task.WhenAll(events.Select(e => e switch
        {
            { Kind: BehaviourKind.Search, Query: { Length: > 0 } query } => search.RecordSearchAsync(query),
            { Kind: BehaviourKind.Click, Query: { Length: > 0 } query, ProductId: { } productId } => search.RecordClickAsync(query, productId),
            _ => Task.CompletedTask,
        }));
    }
}
