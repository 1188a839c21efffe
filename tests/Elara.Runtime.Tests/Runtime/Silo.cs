using Elara.Runtime.Testing.Silos;
using Elara.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace Elara.Runtime.Tests.Runtime;

/// <summary>Starts a test silo hosting this assembly's test grains, with the log and gates they report to.</summary>
internal static class Silo
{
    public static Task<TestSilo> StartAsync(ActivationLog? log = null, Gates? gates = null, Action<TestSiloOptions>? configure = null) =>
        TestSilo.StartAsync(options =>
        {
            options.GrainAssemblies.Add(typeof(CounterGrain).Assembly);
            options.Services = services => services.AddSingleton(log ?? new ActivationLog()).AddSingleton(gates ?? new Gates());
            configure?.Invoke(options);
        });
}
