namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// The requests slower than <paramref name="OverMilliseconds"/> from their scheduled time, and how many of the window's
/// slices of <paramref name="SliceMilliseconds"/> (by scheduled time) held at least one of them.
/// </summary>
public sealed record SlowRequests(int OverMilliseconds, long Count, int SliceMilliseconds, int SlicesWithSlow, long Slices)
{
    public override string ToString() =>
        $"{Count:N0}, due in {SlicesWithSlow:N0} of the {Slices:N0} slices of {SliceMilliseconds} ms";
}
