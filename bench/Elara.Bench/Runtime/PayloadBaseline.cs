using System.Diagnostics;
using System.Globalization;
using Elara.Bench.Runtime.Grains;

namespace Elara.Bench.Runtime;

/// <summary>
/// N plain objects holding what a vector grain holds (its key and float[64]), made on one thread: the payload share of
/// an activation's memory, and how fast the payload alone can be allocated.
/// </summary>
public static class PayloadBaseline
{
    /// <summary>Same length as the grains' prefix, so keys cost the same in both.</summary>
    const string KeyPrefix = "b-";

    public static PayloadBaselineResult Measure(int count)
    {
        // The holding array is allocated before the first reading: it stands in for the runtime's directory, not the payload.
        var payloads = new VectorPayload[count];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            payloads[i] = new VectorPayload(KeyPrefix + i.ToString(CultureInfo.InvariantCulture));
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(payloads);
        return new PayloadBaselineResult((double)(after - before) / count, seconds > 0 ? count / seconds : 0);
    }
}
