using System.Reflection;
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

    public IServiceProvider Services => host.Services;

    public int ActivationCount => host.Services.GetRequiredService<SiloStatus>().ActivationCount;

    public static Task<BenchSilo> StartAsync(CancellationToken cancellationToken) =>
        StartAsync(typeof(AdderGrain).Assembly, _ => { }, cancellationToken);

    /// <summary>A silo hosting the grains of <paramref name="grains"/>, with extra services (e.g. the shop's).</summary>
    public static async Task<BenchSilo> StartAsync(Assembly grains, Action<IServiceCollection> services, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        // Warnings and errors only, and on stderr: stdout carries the report and ends with the JSON line.
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        builder.Services.AddElaraSilo()
            .AddGrains(grains)
            .UseMemoryStorage();
        services(builder.Services);
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
