using System.Text;
using System.Text.Json;

namespace Elara.Bench.Runtime;

/// <summary>Every figure of one <c>bench runtime</c> run, and its one-line JSON form for scripts.</summary>
public sealed record RuntimeBenchResult(
    RuntimeBenchOptions Options,
    CallPhaseResult Local,
    CallPhaseResult Hot,
    ActivationPhaseResult Activations,
    PayloadBaselineResult Payload,
    double StopSeconds)
{
    public double RuntimeOverheadBytesPerActivation => Activations.BytesPerActivation - Payload.BytesPerObject;

    /// <summary>The fixed fields first, in the order scripts expect; extra fields after them.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("bench", "runtime");
            json.WriteNumber("local_calls_per_sec", Math.Round(Local.CallsPerSecond));
            json.WriteNumber("local_p50_ms", Math.Round(Local.Latency.PercentileMs(0.50), 4));
            json.WriteNumber("local_p99_ms", Math.Round(Local.Latency.PercentileMs(0.99), 4));
            json.WriteNumber("hot_grain_calls_per_sec", Math.Round(Hot.CallsPerSecond));
            json.WriteNumber("activations_per_sec", Math.Round(Activations.ActivationsPerSecond));
            json.WriteNumber("bytes_per_idle_activation", Math.Round(Activations.BytesPerActivation, 1));
            json.WriteNumber("payload_bytes_per_activation", Math.Round(Payload.BytesPerObject, 1));
            json.WriteNumber("runtime_overhead_bytes_per_activation", Math.Round(RuntimeOverheadBytesPerActivation, 1));
            json.WriteNumber("local_p999_ms", Math.Round(Local.Latency.PercentileMs(0.999), 4));
            json.WriteNumber("local_max_ms", Math.Round(Local.Latency.MaxMs, 4));
            json.WriteNumber("hot_grain_p50_ms", Math.Round(Hot.Latency.PercentileMs(0.50), 4));
            json.WriteNumber("hot_grain_p99_ms", Math.Round(Hot.Latency.PercentileMs(0.99), 4));
            json.WriteNumber("local_alloc_bytes_per_call", Math.Round(Local.AllocatedBytesPerCall, 1));
            json.WriteNumber("hot_grain_alloc_bytes_per_call", Math.Round(Hot.AllocatedBytesPerCall, 1));
            json.WriteNumber("local_pool_threads", Local.PoolThreads);
            json.WriteNumber("seconds", Options.Seconds);
            json.WriteNumber("grains", Options.Grains);
            json.WriteNumber("callers", Options.Callers);
            json.WriteNumber("activations", Options.Activations);
            json.WriteNumber("cores", Environment.ProcessorCount);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
