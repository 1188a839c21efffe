using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Elara.Api.Tests;

/// <summary>The real API host with its co-hosted silo, on the storage a test chooses (a temp SQLite file by default).</summary>
public sealed class ElaraApiFactory(string provider = "sqlite", string? connectionString = null) : WebApplicationFactory<Program>
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), "elara-api-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Elara:DataDir", dataDir);
        builder.UseSetting("Elara:Storage:Provider", provider);
        if (connectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Elara", connectionString);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
