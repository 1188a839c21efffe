using Elara.Grains.SearchIndex;
using Elara.Runtime.Testing.Silos;
using Elara.Silo.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Elara.Silo.Tests.Assistant;

/// <summary>One silo with the demo catalog seeded and indexed, shared by a test class; scripts use fresh shoppers.</summary>
public sealed class DemoShop : IAsyncLifetime
{
    TestSilo? silo;

    public TestSilo Silo => silo ?? throw new InvalidOperationException("The demo shop has not started.");

    public async Task InitializeAsync()
    {
        silo = await ShopSilo.StartAsync();
        await new DemoCatalogSeeder(silo.Grains, silo.Clock, NullLogger<DemoCatalogSeeder>.Instance).SeedAsync(CancellationToken.None);
        var index = silo.Services.GetRequiredService<SiloCatalogIndex>();
        var expected = DemoCatalog.Generate().Count;
        await Polling.UntilAsync(() => Task.FromResult(index.Count == expected), $"the search index holds the {expected} demo products");
    }

    public async Task DisposeAsync()
    {
        if (silo is not null)
        {
            await silo.DisposeAsync();
        }
    }
}
