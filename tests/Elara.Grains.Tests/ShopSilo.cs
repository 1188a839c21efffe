using Elara.Grains.Payments;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;

namespace Elara.Grains.Tests;

/// <summary>Test silos hosting Elara's grains with the shop's services, and the products tests start from.</summary>
internal static class ShopSilo
{
    public static Task<TestSilo> StartAsync(TestStorage? storage = null, Action<IServiceCollection>? services = null) =>
        TestSilo.StartAsync(options =>
        {
            options.GrainAssemblies.Add(ElaraGrains.Assembly);
            options.Storage = storage ?? TestStorage.Memory();
            options.Services = s =>
            {
                services?.Invoke(s);
                s.AddElaraShop();
            };
        });

    public static TestStorage SqliteStorage() => TestStorage.Sqlite(Path.Combine(Path.GetTempPath(), $"elara-grains-{Guid.NewGuid():N}.db"));

    public static SandboxPaymentGateway Payments(this TestSilo silo) =>
        (SandboxPaymentGateway)silo.Services.GetRequiredService<IPaymentGateway>();

    public static NewProduct Product(string id, int stock = 10, decimal price = 12.50m, string category = "Lighting", string? name = null) =>
        new(id, name ?? $"Product {id}", "A thing the shop sells.", category, price, stock);

    public static Task<ProductView> AddProductAsync(this TestSilo silo, string id, int stock = 10, decimal price = 12.50m, string category = "Lighting", string? name = null) =>
        silo.Grains.GetGrain<IProductGrain>(id).UpsertAsync(Product(id, stock, price, category, name));

    /// <summary>Sends the silo's queued product counters and item-graph changes now instead of at the next tick.</summary>
    public static Task FlushBehaviourAsync(this TestSilo silo) => silo.Services.GetRequiredService<BehaviourRelay>().FlushAsync();

    public static async Task<ProductView> ProductAsync(this TestSilo silo, string id) =>
        await silo.Grains.GetGrain<IProductGrain>(id).GetAsync() ?? throw new InvalidOperationException($"No product {id}.");
}
