using Elara.Grains.Search;
using Shouldly;

namespace Elara.Grains.Tests.Search;

public sealed class Bm25IndexTests
{
    // Per document: name, category, attributes, description (already stemmed terms).
    static string[][] Doc(string name, string category = "", string attributes = "", string description = "") =>
        [Split(name), Split(category), Split(attributes), Split(description)];

    static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    static Dictionary<int, double> Scores(Bm25Index index, params string[] stems) =>
        index.Score([.. stems.Select(s => new QueryTerm(s, s, 1, TermRole.Typed))]).ToDictionary(s => s.Document, s => s.Score);

    [Fact]
    public void A_word_in_the_name_beats_category_beats_attributes_beats_description()
    {
        var index = new Bm25Index(
            [
                Doc("lantern x", "y z", "w v", "u t"),
                Doc("x q", "lantern z", "w v", "u t"),
                Doc("x q", "y z", "lantern v", "u t"),
                Doc("x q", "y z", "w v", "lantern t"),
            ],
            Bm25Options.Default);

        var scores = Scores(index, "lantern");

        scores[0].ShouldBeGreaterThan(scores[1]);
        scores[1].ShouldBeGreaterThan(scores[2]);
        scores[2].ShouldBeGreaterThan(scores[3]);
    }

    [Fact]
    public void A_rare_word_counts_more_than_a_common_one()
    {
        var index = new Bm25Index(
            [Doc("red lantern"), Doc("red mug"), Doc("red box"), Doc("red jar"), Doc("blue lantern x")],
            Bm25Options.Default);

        var scores = Scores(index, "red", "lantern");

        index.Idf("lantern").ShouldBeGreaterThan(index.Idf("red"));
        scores[4].ShouldBeGreaterThan(scores[1]);
        scores[0].ShouldBeGreaterThan(scores[4]);
    }

    [Fact]
    public void A_shorter_name_with_the_word_beats_a_longer_one()
    {
        var index = new Bm25Index(
            [Doc("lantern"), Doc("lantern with many other words in it"), Doc("mug")],
            Bm25Options.Default);

        var scores = Scores(index, "lantern");

        scores[0].ShouldBeGreaterThan(scores[1]);
    }

    [Fact]
    public void Repeating_a_word_helps_less_and_less()
    {
        var index = new Bm25Index([Doc("a lantern"), Doc("lantern lantern"), Doc("lantern lantern lantern lantern"), Doc("b c")], Bm25Options.Default);

        var scores = Scores(index, "lantern");

        (scores[1] - scores[0]).ShouldBeGreaterThan(scores[2] - scores[1]);
    }

    [Fact]
    public void Any_word_finds_a_document_and_coverage_says_how_many()
    {
        var index = new Bm25Index([Doc("red lantern"), Doc("red mug"), Doc("box")], Bm25Options.Default);

        var scored = index.Score([new QueryTerm("red", "red", 1, TermRole.Typed), new QueryTerm("lantern", "lantern", 1, TermRole.Typed)])
            .ToDictionary(s => s.Document);

        scored.Keys.ShouldBe([0, 1], ignoreOrder: true);
        scored[0].Coverage.ShouldBe(2);
        scored[1].Coverage.ShouldBe(1);
    }

    [Fact]
    public void Boost_terms_lift_found_documents_but_find_none()
    {
        var index = new Bm25Index([Doc("red lantern"), Doc("red mug"), Doc("lantern")], Bm25Options.Default);

        var scored = index.Score([new QueryTerm("lantern", "lantern", 1, TermRole.Typed), new QueryTerm("red", "red", 0.3, TermRole.Boost)])
            .ToDictionary(s => s.Document);

        scored.Keys.ShouldBe([0, 2], ignoreOrder: true);
        scored[0].Score.ShouldBeGreaterThan(scored[2].Score);
    }

    [Fact]
    public void Scoring_twice_gives_the_same_answer()
    {
        var index = new Bm25Index([Doc("red lantern"), Doc("blue mug")], Bm25Options.Default);

        var first = Scores(index, "lantern");
        Scores(index, "mug");
        var again = Scores(index, "lantern");

        again.ShouldBe(first);
    }
}
