using Elara.Grains.Persistence;
using Elara.Grains.Search;
using Elara.Runtime;
using Elara.Runtime.State;

namespace Elara.Grains.SearchIndex;

/// <summary>
/// The shop's trending queries. Counts are written a few seconds after a burst (or at deactivation): losing a few
/// searches in a crash only nudges a trend.
/// </summary>
public sealed class SearchTrendsGrain(
    [PersistentState("trends")] IPersistentState<QueryTrends> trends,
    TimeProvider clock) : Grain, ISearchTrendsGrain
{
    readonly DeferredWrite write = new(trends.WriteStateAsync);

    public Task RecordAsync(string query)
    {
        var normalised = QueryText.Normalise(query);
        if (normalised.Length > 0)
        {
            trends.State = trends.State.With(normalised, clock.GetUtcNow());
            write.Schedule(RegisterGrainTimer);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> TopAsync(int count) => Task.FromResult(trends.State.Top(count, clock.GetUtcNow()));
}
