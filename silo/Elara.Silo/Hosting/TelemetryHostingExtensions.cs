using Elara.Runtime.Cluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace Elara.Silo.Hosting;

/// <summary>
/// Exports the runtime's metrics (meter "Elara.Runtime": messages, remote calls, activations, messages per second) with
/// OpenTelemetry over OTLP when an endpoint is configured: "Elara:Telemetry:OtlpEndpoint" or the standard
/// OTEL_EXPORTER_OTLP_ENDPOINT variable. Without one nothing is exported and nothing is paid.
/// </summary>
public static class TelemetryHostingExtensions
{
    public static IHostApplicationBuilder AddElaraTelemetry(this IHostApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["Elara:Telemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        var interval = builder.Configuration.GetValue("Elara:Telemetry:ExportIntervalMs", 10_000);
        builder.Services.AddHostedService(_ => new MeterExport(() => Sdk.CreateMeterProviderBuilder()
            .AddMeter(SiloMetrics.MeterName)
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = new Uri(endpoint);
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval;
            })
            .Build()));
        return builder;
    }

    sealed class MeterExport(Func<MeterProvider> create) : IHostedService, IDisposable
    {
        MeterProvider? provider;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            provider = create();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            provider?.ForceFlush(2_000);
            return Task.CompletedTask;
        }

        public void Dispose() => provider?.Dispose();
    }
}
