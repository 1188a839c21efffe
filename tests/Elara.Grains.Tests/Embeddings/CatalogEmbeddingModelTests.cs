using System.Numerics.Tensors;
using Shouldly;

namespace Elara.Grains.Tests.Embeddings;

public sealed class CatalogEmbeddingModelTests
{
    readonly Grains.Embeddings.CatalogEmbeddingModel _model = ShopTexts.Train(seed: 7);

    float Similarity(string a, string b) => TensorPrimitives.Dot(_model.Embed(a), _model.Embed(b));

    [Fact]
    public void The_same_seed_gives_the_same_vectors() =>
        ShopTexts.Train(seed: 7).Embed("lantern glow").ShouldBe(_model.Embed("lantern glow"));

    [Fact]
    public void Words_that_share_contexts_are_closer_than_words_that_do_not()
    {
        Similarity("lantern", "lamp").ShouldBeGreaterThan(Similarity("lantern", "mug"));
        Similarity("teapot", "mug").ShouldBeGreaterThan(Similarity("teapot", "lamp"));
    }

    [Fact]
    public void A_misspelt_word_lands_near_its_correct_form() =>
        Similarity("lanturn", "lantern").ShouldBeGreaterThan(Similarity("lanturn", "teapot"));

    [Fact]
    public void Text_vectors_have_unit_length() =>
        TensorPrimitives.Norm(_model.Embed("lamp with a candle")).ShouldBe(1f, 1e-4f);

    [Fact]
    public void Text_with_nothing_to_go_on_embeds_as_zeros() =>
        _model.Embed("the and of").ShouldAllBe(x => x == 0);
}
