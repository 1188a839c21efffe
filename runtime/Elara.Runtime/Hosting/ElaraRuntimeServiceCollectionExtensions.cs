using Elara.Runtime.Cluster;
using Elara.Runtime.Membership;
using Elara.Runtime.Messaging;
using Elara.Runtime.Placement;
using Elara.Runtime.Reminders;
using Elara.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Elara.Runtime.Hosting;

public static class ElaraRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds a silo to the host: the grain factory, streams, reminders, and a hosted service that opens the store, starts
    /// the silo, and on shutdown deactivates every grain (writing changed state). Choose a store on the returned builder.
    /// </summary>
    public static ElaraSiloBuilder AddElaraSilo(this IServiceCollection services, Action<ElaraRuntimeOptions>? configure = null)
    {
        services.AddOptions<ElaraRuntimeOptions>();
        services.AddOptions<ElaraClusterOptions>();
        services.TryAddSingleton<SiloMetrics>();
        services.TryAddSingleton<IClusterOverview, LocalClusterOverview>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClusterMembership, SingleSiloMembership>();
        services.TryAddSingleton<IPlacementDirector, RendezvousPlacement>();
        services.TryAddSingleton<IMessageTransport, LocalOnlyTransport>();
        services.TryAddSingleton<SiloRuntime>();
        services.TryAddSingleton<GrainFactory>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainFactory>());
        services.TryAddSingleton<ReminderService>();
        services.TryAddSingleton<IStreamProvider, LocalStreamProvider>();
        services.TryAddSingleton<SiloStatus>();
        services.AddHostedService<SiloHost>();
        return new ElaraSiloBuilder(services);
    }
}
