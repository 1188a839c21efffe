using Elara.Grains.Search;
using Elara.Grains.Users;
using Elara.Runtime;

namespace Elara.Grains.SearchIndex;

/// <summary>
/// Search on the calling silo, over that silo's <see cref="SiloCatalogIndex"/>. It keeps nothing but a short-lived copy
/// of the trending queries, so calls run side by side.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class SearchGrain(SiloCatalogIndex index, TimeProvider clock) : Grain, ISearchGrain
{
    const int PopularQueriesKept = 50;

    /// <summary>Trends move over hours, so suggestions may use a copy this old instead of a call per keystroke.</summary>
    static readonly TimeSpan PopularQueriesAge = TimeSpan.FromSeconds(30);

    static readonly IReadOnlyDictionary<string, double> NoAffinity = new Dictionary<string, double>();

    IReadOnlyList<string> popularQueries = [];
    DateTimeOffset popularQueriesUntil = DateTimeOffset.MinValue;

    public async Task<SearchResult> SearchAsync(SearchQuery query, string? shopperId = null)
    {
        if (shopperId is null || query.CategoryAffinity is not null)
        {
            return index.Search(query);
        }

        var recent = (await GrainFactory.GetGrain<IUserGrain>(shopperId).GetActivityAsync()).RecentlyViewed;
        return index.Search(query with { CategoryAffinity = CategoryAffinity.From(recent, index.CategoryOf), RecentProducts = recent });
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int limit, string? shopperId = null)
    {
        var affinity = shopperId is null ? NoAffinity : await AffinityAsync(shopperId);

        // Ask for more when re-ordering, so a favourite category's completions can move into the first places.
        var suggestions = index.Suggest(prefix, affinity.Count == 0 ? limit : limit * 2, await PopularQueriesAsync());
        return PersonalSuggestions.Order(suggestions, affinity, index.CategoryOf, limit);
    }

    public Task RecordSearchAsync(string query) =>
        GrainFactory.GetGrain<ISearchTrendsGrain>(SearchKeys.Trends).RecordAsync(query);

    public Task RecordClickAsync(string query, string productId) =>
        GetStreamProvider().GetStream<SearchClicked>(SearchClickStream.Id).OnNextAsync(new SearchClicked(query.Trim(), productId));

    async Task<IReadOnlyDictionary<string, double>> AffinityAsync(string shopperId)
    {
        var activity = await GrainFactory.GetGrain<IUserGrain>(shopperId).GetActivityAsync();
        return CategoryAffinity.From(activity.RecentlyViewed, index.CategoryOf);
    }

    async Task<IReadOnlyList<string>> PopularQueriesAsync()
    {
        if (clock.GetUtcNow() >= popularQueriesUntil)
        {
            popularQueries = await GrainFactory.GetGrain<ISearchTrendsGrain>(SearchKeys.Trends).TopAsync(PopularQueriesKept);
            popularQueriesUntil = clock.GetUtcNow() + PopularQueriesAge;
        }

        return popularQueries;
    }
}
