using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Elara.Runtime.Messaging;

namespace Elara.Runtime.Cluster;

/// <summary>
/// The silo's counters, published through <see cref="System.Diagnostics.Metrics"/> (meter "Elara.Runtime", so an
/// OpenTelemetry MeterProvider can export them) and read by the ops API. Counting a call is one uncontended
/// increment on a per-core stripe, so the hot path pays next to nothing.
/// </summary>
public sealed class SiloMetrics : IDisposable
{
    public const string MeterName = "Elara.Runtime";

    const int Stripes = 64;
    readonly PaddedCounter[] messages = new PaddedCounter[Stripes];
    readonly Meter meter;
    readonly Lock sampling = new();
    long sampledCount;
    long sampledAt = Stopwatch.GetTimestamp();
    double rate;
    long remoteSent;
    long remoteReceived;

    public SiloMetrics()
    {
        meter = new Meter(MeterName);
        meter.CreateObservableCounter("elara.runtime.messages", () => TotalMessages, "{message}", "Grain calls handled by this silo");
        meter.CreateObservableCounter("elara.runtime.remote.sent", () => Interlocked.Read(ref remoteSent), "{message}", "Calls sent to other silos");
        meter.CreateObservableCounter("elara.runtime.remote.received", () => Interlocked.Read(ref remoteReceived), "{message}", "Calls received from other silos and clients");
        meter.CreateObservableGauge("elara.runtime.activations", () => Runtime?.Directory.Count ?? 0, "{activation}", "Live activations");
        meter.CreateObservableGauge("elara.runtime.messages_per_second", MessagesPerSecond, "{message}/s", "Grain calls per second");
    }

    internal SiloRuntime? Runtime { get; set; }

    public long TotalMessages
    {
        get
        {
            long total = 0;
            for (var i = 0; i < Stripes; i++)
            {
                total += Volatile.Read(ref messages[i].Value);
            }

            return total;
        }
    }

    public long RemoteSent => Interlocked.Read(ref remoteSent);

    public long RemoteReceived => Interlocked.Read(ref remoteReceived);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RecordMessage() => Interlocked.Increment(ref messages[Thread.GetCurrentProcessorId() & (Stripes - 1)].Value);

    public void RecordRemoteSent() => Interlocked.Increment(ref remoteSent);

    public void RecordRemoteReceived() => Interlocked.Increment(ref remoteReceived);

    /// <summary>Messages per second over the last window of at least a second (the first window starts with the silo).</summary>
    public double MessagesPerSecond()
    {
        lock (sampling)
        {
            var now = Stopwatch.GetTimestamp();
            var elapsed = Stopwatch.GetElapsedTime(sampledAt, now);
            if (elapsed >= TimeSpan.FromSeconds(1))
            {
                var count = TotalMessages;
                rate = Math.Round((count - sampledCount) / elapsed.TotalSeconds, 1);
                sampledCount = count;
                sampledAt = now;
            }

            return rate;
        }
    }

    /// <summary>Live activations by grain type (observer references are not grains and are left out).</summary>
    public IReadOnlyDictionary<string, int> ActivationsByType()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (Runtime is { } runtime)
        {
            foreach (var activation in runtime.Directory.All)
            {
                if (!activation.Class.IsObserver)
                {
                    counts[activation.Id.Type] = counts.GetValueOrDefault(activation.Id.Type) + 1;
                }
            }
        }

        return counts;
    }

    public void Dispose() => meter.Dispose();

    [StructLayout(LayoutKind.Explicit, Size = 64)]
    struct PaddedCounter
    {
        [FieldOffset(0)]
        public long Value;
    }
}
