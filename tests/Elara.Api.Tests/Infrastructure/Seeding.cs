using Elara.Grains.Products;
using Elara.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Elara.Api.Tests.Infrastructure;

/// <summary>Puts products straight into the host's grains, with ids no other test uses.</summary>
public static class Seeding
{
    public static string NewProductId() => "p-" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A made-up word no other test's products contain, so searches and categories with it are the test's own.</summary>
    public static string NewWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));

    public static async Task<string> SeedProductAsync(this ElaraApiFactory api, int stock = 50, decimal price = 12.50m, string category = "Lamps", string? name = null)
    {
        var id = NewProductId();
        await api.Services.GetRequiredService<IGrainFactory>().GetGrain<IProductGrain>(id)
            .UpsertAsync(new NewProduct(id, name ?? $"Lamp {id}", "A test lamp.", category, price, stock));
        return id;
    }

    public static Task<ProductView?> ProductAsync(this ElaraApiFactory api, string id) =>
        api.Services.GetRequiredService<IGrainFactory>().GetGrain<IProductGrain>(id).GetAsync();
}
