using Elara.Runtime.Testing.PostgreSql;

namespace Elara.Api.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server per test run, and a default API host on its own database with a configured admin and auth
/// rate limits high enough not to get in the way. Tests that need other settings start their own host with
/// <see cref="StartApiAsync"/>.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@elara.test";
    public const string AdminPassword = "admin-password-1";

    PostgresServer? server;
    ElaraApiFactory? api;

    public PostgresServer Server => server ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The shared host: isolate tests by using fresh shoppers and product ids.</summary>
    public ElaraApiFactory Api => api ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        server = await PostgresServer.StartAsync();
        api = await StartApiAsync();
    }

    /// <summary>A new host on a fresh database, with the admin configured and the given settings on top.</summary>
    public async Task<ElaraApiFactory> StartApiAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            ["Elara:Admin:Email"] = AdminEmail,
            ["Elara:Admin:Password"] = AdminPassword,
            ["Elara:RateLimits:AuthPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var factory = new ElaraApiFactory("postgres", await Server.CreateDatabaseAsync(), all);
        _ = factory.Server; // start now, so a broken start fails here and not in the middle of a test
        return factory;
    }

    public async Task DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
