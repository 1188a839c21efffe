using Elara.Grains.Embeddings;
using Microsoft.Extensions.AI;
using Shouldly;

namespace Elara.Grains.Tests.Embeddings;

public sealed class LocalEmbeddingGeneratorTests
{
    readonly IEmbeddingGenerator<string, Embedding<float>> _generator = new LocalEmbeddingGenerator(ShopTexts.Train(seed: 3));

    [Fact]
    public async Task Each_input_gets_one_64_float_embedding_in_order()
    {
        var embeddings = await _generator.GenerateAsync(["lantern", "mug", "teapot with tea"]);

        embeddings.Count.ShouldBe(3);
        embeddings.ShouldAllBe(e => e.Vector.Length == 64);
        embeddings[1].Vector.ToArray().ShouldBe(_generator.GetService<CatalogEmbeddingModel>()!.Embed("mug"));
    }

    [Fact]
    public void Its_metadata_names_the_dimensions() =>
        _generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions.ShouldBe(64);
}
