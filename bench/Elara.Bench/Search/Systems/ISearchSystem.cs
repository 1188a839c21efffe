using Elara.Bench.Search.Queries;
using Elara.Grains.Search;

namespace Elara.Bench.Search.Systems;

/// <summary>A search engine under evaluation: index a catalog once, then answer queries with ranked product ids.</summary>
public interface ISearchSystem : IAsyncDisposable
{
    string Name { get; }

    /// <summary>How the system is reached, for the report (latencies are not comparable across these).</summary>
    string Access { get; }

    Task IndexAsync(IReadOnlyList<SearchDocument> products, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<string>> SearchAsync(EvalQuery query, int limit, CancellationToken cancellationToken);
}
