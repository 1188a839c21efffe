namespace Elara.Silo.Import;

/// <summary>Running totals of a history load, added to from several callers at once.</summary>
public sealed class HistoryCounts
{
    int loaded;
    int skipped;
    long events;

    public int Loaded => Volatile.Read(ref loaded);

    public int Skipped => Volatile.Read(ref skipped);

    public long Events => Interlocked.Read(ref events);

    public void CustomerLoaded() => Interlocked.Increment(ref loaded);

    public void CustomerSkipped() => Interlocked.Increment(ref skipped);

    public void Tracked(int count) => Interlocked.Add(ref events, count);
}
