using Elara.Grains.Behaviour;
using Elara.Grains.Products;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Elara.Runtime;
using Elara.Runtime.Streams;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Elara.Grains.Users;

/// <summary>
/// This silo's outbox for what user grains derive from events: the behaviour stream (trending), product counters and the
/// item graph's changes. The events themselves are durable in the shopper's log before they get here; the derived data
/// is gathered and sent every <see cref="Interval"/>, so a busy second costs each product one call per interval and each
/// behaviour-stream shard one message (its shoppers' events in order) instead of a call per request. A silo that dies
/// loses at most that moment of counts and trends, as it would lose its product grains' unwritten counters. The timer
/// runs only while something waits to be sent.
/// </summary>
public sealed partial class BehaviourRelay(
    IGrainFactory grains,
    IStreamProvider streams,
    TimeProvider clock,
    ILogger<BehaviourRelay> logger) : IHostedService, IDisposable
{
    /// <summary>Short enough that "bought together" and the counters look live; long enough to sum a busy second's events.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    readonly Lock gate = new();
    readonly SemaphoreSlim sending = new(1, 1);
    Dictionary<(string ProductId, BehaviourCount Kind), int> counts = [];
    Dictionary<StreamId, List<BehaviourEvent>> published = [];
    List<Touches> touches = [];
    List<IReadOnlyList<string>> baskets = [];
    List<NewToShopper> newToShoppers = [];
    List<string> forgotten = [];
    ITimer? timer;
    bool scheduled;

    /// <summary>Queues one shopper's batch of events for their behaviour-stream shard, with its product counts and item-graph change.</summary>
    public void Add(string shopperId, IReadOnlyList<BehaviourEvent> events, ItemGraphChange change)
    {
        var tallies = ProductTally.Of(events);
        var shard = BehaviourStream.For(shopperId);
        lock (gate)
        {
            if (!published.TryGetValue(shard, out var shardEvents))
            {
                published[shard] = shardEvents = [];
            }

            shardEvents.AddRange(events);
            foreach (var tally in tallies)
            {
                var key = (tally.ProductId, tally.Kind);
                counts[key] = counts.GetValueOrDefault(key) + tally.Quantity;
            }

            touches.AddRange(change.Touches);
            baskets.AddRange(change.Baskets);
            newToShoppers.AddRange(change.NewToShoppers);
            if (HasPending)
            {
                ScheduleSend();
            }
        }
    }

    /// <summary>Queues word to every silo that the shopper's activity moved to an account (see <see cref="ItemGraphChange.ForgottenShoppers"/>).</summary>
    public void Forget(string shopperId)
    {
        lock (gate)
        {
            forgotten.Add(shopperId);
            ScheduleSend();
        }
    }

    /// <summary>Sends what is queued: the sums to the product grains, the graph change to every silo, baskets to their products.</summary>
    public async Task FlushAsync()
    {
        await sending.WaitAsync();
        try
        {
            await SendAsync();
        }
        finally
        {
            sending.Release();
        }
    }

    async Task SendAsync()
    {
        Dictionary<(string ProductId, BehaviourCount Kind), int> counted;
        Dictionary<StreamId, List<BehaviourEvent>> shards;
        ItemGraphChange change;
        lock (gate)
        {
            scheduled = false;
            if (!HasPending)
            {
                return;
            }

            (counted, counts) = (counts, []);
            (shards, published) = (published, []);
            change = new ItemGraphChange(touches, baskets, newToShoppers) { ForgottenShoppers = forgotten };
            (touches, baskets, newToShoppers, forgotten) = ([], [], [], []);
        }

        var sends = counted.Select(c => grains.GetGrain<IProductGrain>(c.Key.ProductId).RecordAsync(c.Key.Kind, c.Value)).ToList();
        sends.AddRange(shards.Select(s => streams.GetStream<BehaviourBatch>(s.Key).OnNextAsync(new BehaviourBatch(s.Value))));
        if (!change.IsEmpty)
        {
            sends.Add(streams.GetStream<ItemGraphChange>(ItemGraphStream.Id).OnNextAsync(change));
        }

        if (change.Baskets.Count > 0)
        {
            sends.AddRange(change.Baskets.SelectMany(basket => basket.Select(id => grains.GetGrain<IProductGrain>(id).RecordBasketAsync(basket))));
            sends.Add(grains.GetGrain<IBasketsGrain>(IBasketsGrain.Main).RecordAsync(change.Baskets.Count));
        }

        await Task.WhenAll(sends);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not inside anyone's turn: ticks must not carry the context of whoever started the host.
        using (ExecutionContext.SuppressFlow())
        {
            timer = clock.CreateTimer(static state => _ = ((BehaviourRelay)state!).TickAsync(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        lock (gate)
        {
            if (HasPending)
            {
                ScheduleSend();
            }
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        StopTimer();
        try
        {
            await FlushAsync();
        }
        catch (Exception exception)
        {
            LogSendFailed(logger, exception);
        }
    }

    public void Dispose()
    {
        StopTimer();
        sending.Dispose();
    }

    /// <summary>No more ticks: what arrives while the silo stops waits for the final flush instead of touching a disposed timer.</summary>
    void StopTimer()
    {
        ITimer? stopped;
        lock (gate)
        {
            (stopped, timer) = (timer, null);
        }

        stopped?.Dispose();
    }

    async Task TickAsync()
    {
        // A send still under way keeps what arrived since for the next tick rather than queueing ticks behind it.
        if (!await sending.WaitAsync(0))
        {
            lock (gate)
            {
                scheduled = false;
                ScheduleSend();
            }

            return;
        }

        try
        {
            await SendAsync();
        }
        catch (Exception exception)
        {
            // Derived data: the next events count again; the shopper's own history is already stored.
            LogSendFailed(logger, exception);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Whether anything waits to be sent. Under <see cref="gate"/>.</summary>
    bool HasPending => counts.Count > 0 || published.Count > 0 || touches.Count > 0 || baskets.Count > 0 || newToShoppers.Count > 0 || forgotten.Count > 0;

    /// <summary>One tick an interval after the first item since the last send: an idle silo has no timer running. Under <see cref="gate"/>.</summary>
    void ScheduleSend()
    {
        if (!scheduled && timer is not null)
        {
            scheduled = true;
            timer.Change(Interval, Timeout.InfiniteTimeSpan);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Passing on behaviour, product counters and item-graph changes failed; this batch of them is dropped")]
    static partial void LogSendFailed(ILogger logger, Exception exception);
}
