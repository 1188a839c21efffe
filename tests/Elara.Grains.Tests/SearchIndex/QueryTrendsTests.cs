using Elara.Grains.SearchIndex;
using Shouldly;

namespace Elara.Grains.Tests.SearchIndex;

public sealed class QueryTrendsTests
{
    static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_most_searched_queries_come_first()
    {
        var trends = new QueryTrends().With("lamp", Now).With("rug", Now).With("lamp", Now);

        trends.Top(5, Now).ShouldBe(["lamp", "rug"]);
    }

    [Fact]
    public void Older_searches_count_less_than_recent_ones()
    {
        var trends = new QueryTrends()
            .With("lamp", Now).With("lamp", Now)
            .With("rug", Now + (QueryTrends.HalfLife * 3));

        trends.Top(2, Now + (QueryTrends.HalfLife * 3)).ShouldBe(["rug", "lamp"]);
    }

    [Fact]
    public void A_full_set_makes_room_by_dropping_its_weakest_query()
    {
        var trends = new QueryTrends();
        for (var i = 0; i < QueryTrends.MaxQueries; i++)
        {
            trends = trends.With($"q{i}", Now).With($"q{i}", Now);
        }

        trends = trends.With("q0", Now).With("q7", Now - QueryTrends.HalfLife).With("fresh", Now);

        trends.Queries.Count.ShouldBe(QueryTrends.MaxQueries);
        trends.Queries.Keys.ShouldContain("fresh");
        trends.Queries.Keys.ShouldContain("q0");
    }

    [Theory]
    [InlineData("  Red   Lamp ", "red lamp")]
    [InlineData("LAMP", "lamp")]
    [InlineData("   ", "")]
    public void Queries_are_counted_case_and_space_insensitively(string query, string normalised) =>
        QueryText.Normalise(query).ShouldBe(normalised);
}
