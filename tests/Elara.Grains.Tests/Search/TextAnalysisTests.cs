using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Search;

public sealed class TextAnalysisTests
{
    [Theory]
    [InlineData("lanterns", "lantern")]
    [InlineData("boxes", "box")]
    [InlineData("glasses", "glass")]
    [InlineData("candles", "candle")]
    [InlineData("hanging", "hang")]
    [InlineData("batteries", "battery")]
    [InlineData("cookies", "cookie")]
    [InlineData("shelves", "shelf")]
    [InlineData("dishes", "dish")]
    [InlineData("benches", "bench")]
    [InlineData("baking", "bake")]
    [InlineData("sitting", "sit")]
    [InlineData("painted", "paint")]
    [InlineData("scented", "scent")]
    [InlineData("houses", "house")]
    [InlineData("carved", "carve")]
    public void Singular_plural_and_common_suffixes_meet(string inflected, string plain) =>
        EnglishStemmer.Stem(inflected).ShouldBe(EnglishStemmer.Stem(plain));

    [Theory]
    [InlineData("string", "strings")]
    [InlineData("glass", "glasses")]
    [InlineData("dress", "dresses")]
    public void Words_that_only_look_inflected_keep_their_shape(string word, string plural)
    {
        EnglishStemmer.Stem(word).ShouldBe(EnglishStemmer.Stem(plural));
        EnglishStemmer.Stem(word).Length.ShouldBeGreaterThanOrEqualTo(word.Length - 1);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("bed")]
    [InlineData("bus")]
    [InlineData("4x6")]
    public void Short_words_and_words_with_digits_are_left_alone(string word) =>
        EnglishStemmer.Stem(word).ShouldBe(word);

    [Theory]
    [InlineData("lantern", "lamp")]
    [InlineData("hang", "hanger")]
    [InlineData("box", "boxer")]
    public void Different_words_stay_different(string a, string b) =>
        EnglishStemmer.Stem(a).ShouldNotBe(EnglishStemmer.Stem(b));

    [Fact]
    public void Words_split_on_anything_that_is_not_a_letter_or_digit_and_are_lower_cased() =>
        Tokenizer.Words("Red-Heart  LANTERN, 12cm (set/2)!").ShouldBe(["red", "heart", "lantern", "12cm", "set", "2"]);

    [Fact]
    public void Stop_words_are_dropped_and_the_rest_stemmed() =>
        TextAnalyzer.Terms("A set of the Red Lanterns for my garden").ShouldBe(["set", "red", "lantern", "garden"]);

    [Fact]
    public void Spelling_variants_become_one_term() =>
        TextAnalyzer.Terms("Wooden Gray golden").ShouldBe(TextAnalyzer.Terms("wood grey gold"));

    [Theory]
    [InlineData("the")]
    [InlineData("and")]
    [InlineData("with")]
    [InlineData("for")]
    public void Function_words_are_stop_words(string word) => StopWords.Contains(word).ShouldBeTrue();

    [Theory]
    [InlineData("red")]
    [InlineData("lantern")]
    [InlineData("under")]
    public void Product_words_are_not_stop_words(string word) => StopWords.Contains(word).ShouldBeFalse();
}
