using Elara.Bench.Search.Queries;
using Elara.Grains.Search;

namespace Elara.Bench.Search.Systems;

/// <summary>Elara's <see cref="CatalogSearchIndex"/>, called in-process with the text as the shopper typed it.</summary>
public sealed class ElaraSearchSystem : ISearchSystem
{
    readonly CatalogSearchIndex index = new();

    public string Name => "elara";

    public string Access => "in-process call";

    public Task IndexAsync(IReadOnlyList<SearchDocument> products, CancellationToken cancellationToken)
    {
        index.UpsertMany(products);

        // The index builds its searchable snapshot on the first read after a write; do it here so the build counts as
        // indexing time, not as the first query's latency.
        index.EstimatedBytes();
        return Task.CompletedTask;
    }

    public ValueTask<IReadOnlyList<string>> SearchAsync(EvalQuery query, int limit, CancellationToken cancellationToken)
    {
        var result = index.Search(new SearchQuery(query.Text, PageSize: limit));
        return ValueTask.FromResult<IReadOnlyList<string>>([.. result.Hits.Select(h => h.Id)]);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
