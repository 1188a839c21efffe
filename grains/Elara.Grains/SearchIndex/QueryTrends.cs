using System.Collections.Immutable;

namespace Elara.Grains.SearchIndex;

/// <summary>
/// Trending queries: decayed counts of normalised queries, bounded so a flood of one-off queries cannot grow the state
/// (the weakest query makes room for a new one).
/// </summary>
public sealed record QueryTrends
{
    public const int MaxQueries = 500;

    /// <summary>Yesterday's searches count half as much as today's.</summary>
    public static readonly TimeSpan HalfLife = TimeSpan.FromHours(24);

    public ImmutableDictionary<string, TrendCount> Queries { get; init; } = ImmutableDictionary<string, TrendCount>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Counts one search for an already normalised, non-empty query.</summary>
    public QueryTrends With(string query, DateTimeOffset at)
    {
        var queries = Queries;
        if (queries.TryGetValue(query, out var known))
        {
            return this with { Queries = queries.SetItem(query, new TrendCount(known.DecayedTo(at) + 1, at)) };
        }

        if (queries.Count >= MaxQueries)
        {
            queries = queries.Remove(queries.MinBy(q => q.Value.DecayedTo(at)).Key);
        }

        return this with { Queries = queries.Add(query, new TrendCount(1, at)) };
    }

    /// <summary>The <paramref name="count"/> queries with the highest decayed counts, highest first (ties by text).</summary>
    public IReadOnlyList<string> Top(int count, DateTimeOffset at) =>
        [.. Queries
            .OrderByDescending(q => q.Value.DecayedTo(at))
            .ThenBy(q => q.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(q => q.Key)];
}
