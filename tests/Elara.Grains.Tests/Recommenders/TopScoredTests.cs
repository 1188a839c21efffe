using Elara.Grains.Recommenders;
using Shouldly;

namespace Elara.Grains.Tests.Recommenders;

public sealed class TopScoredTests
{
    /// <summary>Lower score first; on a tie the later name first, so the earlier name wins it.</summary>
    static readonly Comparer<(string Name, int Score)> WeakerFirst = Comparer<(string Name, int Score)>.Create((x, y) =>
        x.Score != y.Score ? x.Score.CompareTo(y.Score) : string.CompareOrdinal(y.Name, x.Name));

    static readonly (string Name, int Score)[] Scores = [("d", 4), ("a", 1), ("e", 9), ("b", 4), ("c", 7), ("f", 4)];

    [Fact]
    public void The_greatest_come_first_and_a_tie_goes_by_the_comparer() =>
        TopScored.Of(Scores, 4, WeakerFirst).Select(s => s.Name).ShouldBe(["e", "c", "b", "d"]);

    [Fact]
    public void The_result_equals_a_full_sort_for_every_count()
    {
        var sorted = Scores.Order(WeakerFirst).Reverse().ToList();

        foreach (var count in Enumerable.Range(0, Scores.Length + 2))
        {
            TopScored.Of(Scores, count, WeakerFirst).ShouldBe(sorted.Take(count));
        }
    }

    [Fact]
    public void The_cut_is_the_count_th_greatest_score_and_nothing_when_there_are_fewer()
    {
        double[] scores = [4, 1, 9, 4, 7, 4, 2];
        var sorted = scores.OrderDescending().ToArray();

        foreach (var count in Enumerable.Range(1, scores.Length))
        {
            TopScored.Cut(scores, count).ShouldBe(sorted[count - 1]);
        }

        TopScored.Cut(scores, 0).ShouldBe(double.NegativeInfinity);
        TopScored.Cut(scores, scores.Length + 1).ShouldBe(double.NegativeInfinity);
    }
}
