using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Search;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Readers_keep_getting_whole_answers_while_a_writer_upserts()
    {
        var index = SampleCatalog.Index();
        var writing = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                index.Upsert(SampleCatalog.Product($"n{i}", $"Extra Lantern {i}", "Lighting", 1 + i % 20));
                if (i % 3 == 0 && i > 0)
                {
                    index.Remove($"n{i - 3}");
                }
            }
        });
        var reading = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!writing.IsCompleted)
            {
                var result = index.Search(new SearchQuery("lantern", PageSize: 100));
                result.Hits.Count.ShouldBe(Math.Min(result.Total, 100));
                result.Hits.ShouldAllBe(h => h.Name.Contains("Lantern"));
            }
        }));

        await Task.WhenAll(reading.Append(writing));

        index.Count.ShouldBe(SampleCatalog.Products.Count + 200 - 66);
        index.Search(new SearchQuery("extra lantern 199")).Hits[0].Id.ShouldBe("n199");
    }
}
