using System.Reflection;
using System.Runtime.CompilerServices;
using Elara.Runtime.Hosting;
using Elara.Runtime.Streams;
using Elara.Runtime.Testing.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Elara.Runtime.Testing.Silos;

/// <summary>
/// A real silo in the test's process (the role of Orleans' TestingHost): start it with chosen storage, call grains through
/// <see cref="Grains"/>, restart it (graceful stop, then a fresh silo on the same store), stop it.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    readonly TestSiloOptions options;
    IHost? host;

    TestSilo(TestSiloOptions options) => this.options = options;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public IStreamProvider Streams => Services.GetRequiredService<IStreamProvider>();

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The test silo is stopped.");

    public ManualTimeProvider Clock => options.Clock;

    public TestStorage Storage => options.Storage;

    /// <summary>Live activations on this silo.</summary>
    public int ActivationCount => Services.GetRequiredService<SiloStatus>().ActivationCount;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<TestSilo> StartAsync(Action<TestSiloOptions>? configure = null)
    {
        var options = new TestSiloOptions();
        configure?.Invoke(options);
        if (options.GrainAssemblies.Count == 0)
        {
            options.GrainAssemblies.Add(Assembly.GetCallingAssembly());
        }

        var silo = new TestSilo(options);
        await silo.StartHostAsync().ConfigureAwait(false);
        return silo;
    }

    /// <summary>Stops the silo gracefully (dirty state written) and starts a new one on the same store and clock.</summary>
    public async Task RestartAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await StartHostAsync().ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        if (host is null)
        {
            return;
        }

        await host.StopAsync().ConfigureAwait(false);
        host.Dispose();
        host = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    async Task StartHostAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(options.Clock);
        var silo = builder.Services.AddElaraSilo(runtime =>
        {
            runtime.GrainAssemblies.AddRange(options.GrainAssemblies);
            options.Runtime?.Invoke(runtime);
        });
        options.Storage.Apply(silo);
        options.Services?.Invoke(builder.Services);
        host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
    }
}
