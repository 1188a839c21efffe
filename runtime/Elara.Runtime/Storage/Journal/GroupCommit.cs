using System.Threading.Channels;

namespace Elara.Runtime.Storage.Journal;

/// <summary>
/// Group commit: writes that arrive while a commit is in flight wait and go together in the next one (one transaction,
/// one WAL flush for many grains), and each caller is answered once its own write is committed. The commit step says,
/// per item, whether the store took it (false: a version or position check refused it).
/// </summary>
internal sealed class GroupCommit<TItem>
{
    readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<bool>>> commit;
    readonly Action<Exception, int> failed;
    readonly Channel<(TItem Item, TaskCompletionSource<bool> Done)> queue =
        Channel.CreateUnbounded<(TItem, TaskCompletionSource<bool>)>(new UnboundedChannelOptions { SingleReader = true });
    readonly Task loop;
    long batches;
    long items;

    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<bool>>> commit, Action<Exception, int> failed, int maxBatch)
    {
        this.commit = commit;
        this.failed = failed;
        MaxBatch = maxBatch;
        loop = Task.Run(RunAsync);
    }

    public int MaxBatch { get; }

    /// <summary>Commits so far, and the writes they carried (writes per commit is the group-commit factor).</summary>
    public (long Batches, long Items) Counters => (Interlocked.Read(ref batches), Interlocked.Read(ref items));

    /// <summary>True once <paramref name="item"/> is committed, false when the store refused it.</summary>
    /// <exception cref="ObjectDisposedException">The writer is closed.</exception>
    public Task<bool> WriteAsync(TItem item, string owner)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        return queue.Writer.TryWrite((item, done)) ? done.Task : throw new ObjectDisposedException(owner, "The journal is closed.");
    }

    /// <summary>Takes no more writes, and returns once everything already queued is committed.</summary>
    public Task CloseAsync()
    {
        queue.Writer.TryComplete();
        return loop;
    }

    async Task RunAsync()
    {
        var reader = queue.Reader;
        var batch = new List<(TItem Item, TaskCompletionSource<bool> Done)>(MaxBatch);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                var accepted = await commit([.. batch.Select(p => p.Item)]).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(accepted[i]);
                }

                Interlocked.Increment(ref batches);
                Interlocked.Add(ref items, batch.Count);
            }
            catch (Exception exception)
            {
                failed(exception, batch.Count);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(exception);
                }
            }

            batch.Clear();
        }
    }
}
