using Elara.Grains.Embeddings;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Elara.Grains.Tests.Assistant;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;
using static Elara.Grains.Tests.Recommenders.Shelf;

namespace Elara.Grains.Tests.Recommenders;

public sealed class HostedProductVectorsTests
{
    static readonly ProductVectorIndex Local = Of(
        ("lamp", Item("Brass Lamp", "Lighting", 1, 0)),
        ("lantern", Item("Tin Lantern", "Lighting", 0, 1)),
        ("mug", Item("Stoneware Mug", "Kitchen", 0.5f, 0.5f)));

    /// <summary>A three-dimensional "model" that puts every lighting product on one axis, whatever the local vectors say.</summary>
    static float[] ByCategory(string text) => text.Contains("Lighting", StringComparison.Ordinal) ? [1, 0, 0] : [0, 0, 1];

    static HostedProductVectors Vectors(StubChatServer server) =>
        new(new OpenAIEmbeddingGenerator(new HostedEmbeddingOptions { Endpoint = server.Endpoint, Model = "stub-embedding" }), 2, NullLogger<HostedProductVectors>.Instance);

    static async Task<ProductVectorIndex> HostedShelfAsync(HostedProductVectors vectors)
    {
        for (var i = 0; i < 200; i++)
        {
            if (vectors.Apply(Local) is var shelf && shelf != Local)
            {
                return shelf;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("the hosted vectors never covered the shelf");
    }

    [Fact]
    public async Task Once_every_product_is_embedded_the_shelf_uses_the_hosted_vectors()
    {
        await using var server = await StubChatServer.StartAsync();
        server.Embed = ByCategory;
        var vectors = Vectors(server);

        vectors.Apply(Local).ShouldBeSameAs(Local);
        var shelf = await HostedShelfAsync(vectors);

        shelf.TryGet("lamp", out var lamp).ShouldBeTrue();
        lamp.Vector.ShouldBe([1f, 0f, 0f]);
        shelf.Nearest([1f, 0f, 0f], 2).Select(n => n.ProductId).ShouldBe(["lamp", "lantern"], ignoreOrder: true);
        vectors.Apply(Local).ShouldBeSameAs(shelf);
        server.Requests.Select(r => r["model"]!.GetValue<string>()).ShouldAllBe(m => m == "stub-embedding");
    }

    [Fact]
    public async Task A_failing_model_leaves_the_local_vectors_in_place()
    {
        await using var server = await StubChatServer.StartAsync();
        server.EmbeddingsFail = true;
        var vectors = Vectors(server);

        vectors.Apply(Local).ShouldBeSameAs(Local);
        await Task.Delay(500);

        vectors.Apply(Local).ShouldBeSameAs(Local);
    }

    [Fact]
    public void Without_an_endpoint_it_is_off()
    {
        var vectors = new HostedProductVectors(null, 1, NullLogger<HostedProductVectors>.Instance);

        vectors.Enabled.ShouldBeFalse();
        vectors.Apply(Local).ShouldBeSameAs(Local);
    }
}
