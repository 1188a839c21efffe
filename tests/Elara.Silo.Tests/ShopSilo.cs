using Elara.Grains;
using Elara.Runtime.Testing.Silos;

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
}
