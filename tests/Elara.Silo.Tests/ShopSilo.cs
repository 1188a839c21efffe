using Elara.Grains;
using Elara.Grains.Users;
using Elara.Runtime.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;

namespace Elara.Silo.Tests;

/// <summary>Test silos hosting Elara's grains with the shop's services, as the silo host wires them.</summary>
internal static class ShopSilo
{
    public static Task<TestSilo> StartAsync(TestStorage? storage = null) =>
        TestSilo.StartAsync(options =>
        {
            options.GrainAssemblies.Add(ElaraGrains.Assembly);
            options.Storage = storage ?? TestStorage.Memory();
            options.Services = services => services.AddElaraShop();
        });

    /// <summary>Sends the silo's queued product counters and item-graph changes now instead of at the next tick.</summary>
    public static Task FlushBehaviourAsync(this TestSilo silo) => silo.Services.GetRequiredService<BehaviourRelay>().FlushAsync();
}
