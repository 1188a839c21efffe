namespace Elara.Bench.Recommendations.Bench;

/// <summary>Runs numbered work items at most so many at a time: each worker takes the next number until none is left.</summary>
public static class BoundedWork
{
    public static Task ForEachAsync(int count, int concurrency, Func<int, Task> body, CancellationToken cancellationToken)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await YieldNowAndThenAsync(i).ConfigureAwait(false);
                await body(i).ConfigureAwait(false);
            }
        }, cancellationToken)));
    }

    /// <summary>A call that completes synchronously never gives its thread back; every 16th turn the worker does.</summary>
    public static async ValueTask YieldNowAndThenAsync(long i)
    {
        if ((i & 15) == 0)
        {
            await Task.Yield();
        }
    }
}
