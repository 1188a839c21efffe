namespace Elara.Grains.Trending;

/// <summary>A weighted score and the number of events behind it.</summary>
public readonly record struct Tally(double Score, long Events)
{
    public bool IsZero => Score == 0 && Events == 0;

    public static Tally operator +(Tally left, Tally right) => new(left.Score + right.Score, left.Events + right.Events);
}
