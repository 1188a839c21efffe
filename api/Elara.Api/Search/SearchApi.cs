using Elara.Api.Identity;
using Elara.Api.Trending;
using Elara.Grains.Behaviour;
using Elara.Grains.Search;
using Elara.Grains.Trending;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Search;

/// <summary>Product search and suggestions, personalised by the shopper's recently viewed categories.</summary>
public static class SearchApi
{
    public const int MaxPrefixLength = 100;
    public const int DefaultSuggestions = 8;
    public const int MaxSuggestions = 20;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/search").WithTags("Search");
        search.MapGet("/", Search);
        search.MapGet("/suggest", Suggest);
        return app;
    }

    static async Task<Results<Ok<SearchPage>, ValidationProblem>> Search(
        [AsParameters] SearchRequest request, Shopper shopper, IGrainFactory grains, TimeProvider clock)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = request.ToQuery();
        var searching = grains.GetGrain<ISearchGrain>(SearchKeys.Local).SearchAsync(query, shopper.Id);

        // Paging through the same results is one search, and a filter-only browse is not a search.
        if (query.Page == 1 && query.Text.Length > 0)
        {
            BehaviourEvent[] searched = [new(BehaviourKind.Search, shopper.Id, null, query.Text, 1, clock.GetUtcNow())];
            await Task.WhenAll(
                grains.GetGrain<IUserGrain>(shopper.Id).TrackAsync(searched),
                SearchSignals.FeedAsync(grains, searched));
        }

        var result = await searching;
        if (query.Page == 1 && query.Text.Length > 0 && SearchMiss.Is(result))
        {
            await grains.GetGrain<ITrendingShardGrain>(TrendingKeys.ShardFor(shopper.Id)).RecordSearchMissAsync(query.Text);
        }

        return TypedResults.Ok(SearchPage.From(result));
    }

    static async Task<Results<Ok<IReadOnlyList<Suggestion>>, ValidationProblem>> Suggest(
        string? q, int? limit, Shopper shopper, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxPrefixLength || q.Any(char.IsControl))
        {
            errors["q"] = [$"The prefix must have 1 to {MaxPrefixLength} printable characters."];
        }

        if (limit is < 1 or > MaxSuggestions)
        {
            errors["limit"] = [$"The limit must be 1 to {MaxSuggestions}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await grains.GetGrain<ISearchGrain>(SearchKeys.Local).SuggestAsync(q!.Trim(), limit ?? DefaultSuggestions, shopper.Id));
    }
}
