using System.Reflection;
using Elara.Runtime.Hosting;
using Elara.Runtime.Testing.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Elara.Runtime.Testing.Silos;

/// <summary>How a <see cref="TestSilo"/> is set up; kept across restarts.</summary>
public sealed class TestSiloOptions
{
    public TestStorage Storage { get; set; } = TestStorage.Memory();

    /// <summary>The silo's clock; tests move it to fire timers, reminders, timeouts and idle collection.</summary>
    public ManualTimeProvider Clock { get; set; } = new();

    /// <summary>Assemblies with the grain classes to host; the calling test assembly when empty.</summary>
    public List<Assembly> GrainAssemblies { get; } = [];

    public Action<ElaraRuntimeOptions>? Runtime { get; set; }

    public Action<IServiceCollection>? Services { get; set; }
}
