using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Elara.Api.Tests;

/// <summary>
/// The real API host with its co-hosted silo, on the storage a test chooses (a temp SQLite file by default), with any
/// further configuration (admin account, rate limits) as settings.
/// </summary>
public sealed class ElaraApiFactory(
    string provider = "sqlite",
    string? connectionString = null,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
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

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
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
