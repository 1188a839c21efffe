using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.SearchIndex;

public sealed class SearchTrendsGrainTests
{
    [Fact]
    public async Task Trending_queries_survive_a_restart()
    {
        await using var silo = await ShopSilo.StartAsync(ShopSilo.SqliteStorage());
        var trends = silo.Grains.GetGrain<ISearchTrendsGrain>(SearchKeys.Trends);
        await trends.RecordAsync("Brass Lamp");
        await trends.RecordAsync("brass  lamp");
        await trends.RecordAsync("rug");
        await trends.RecordAsync("   ");

        await silo.RestartAsync();

        (await silo.Grains.GetGrain<ISearchTrendsGrain>(SearchKeys.Trends).TopAsync(10)).ShouldBe(["brass lamp", "rug"]);
    }

    [Fact]
    public async Task Searches_recorded_through_the_search_grain_reach_the_trends()
    {
        await using var silo = await ShopSilo.StartAsync();

        await silo.Grains.GetGrain<ISearchGrain>(SearchKeys.Local).RecordSearchAsync("Lantern");

        (await silo.Grains.GetGrain<ISearchTrendsGrain>(SearchKeys.Trends).TopAsync(1)).ShouldBe(["lantern"]);
    }
}
