using Elara.Bench.Runtime.Grains;
using Elara.Runtime;
using Elara.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Elara.Bench.Runtime;

/// <summary>A silo in this process with memory storage and the system clock, hosting the benchmark's grains.</summary>
public sealed class BenchSilo : IAsyncDisposable
{
    readonly IHost host;

    BenchSilo(IHost host) => this.host = host;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public int ActivationCount => host.Services.GetRequiredService<SiloStatus>().ActivationCount;

    /// <summary>The silo's services, for benchmarks that measure a silo-wide service beside its grains.</summary>
    public IServiceProvider Services => host.Services;

    /// <param name="configure">More grains and services (e.g. the shop's), added after the benchmark's own grains.</param>
    public static async Task<BenchSilo> StartAsync(CancellationToken cancellationToken, Action<ElaraSiloBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        // Warnings and errors only, and on stderr: stdout carries the report and ends with the JSON line.
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        var silo = builder.Services.AddElaraSilo()
            .AddGrains(typeof(AdderGrain).Assembly)
            .UseMemoryStorage();
        configure?.Invoke(silo);
        var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new BenchSilo(host);
    }

    /// <summary>Stops gracefully: every activation is deactivated, as at a real shutdown.</summary>
    public async Task StopAsync()
    {
        await host.StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            host.Dispose();
        }
    }
}
