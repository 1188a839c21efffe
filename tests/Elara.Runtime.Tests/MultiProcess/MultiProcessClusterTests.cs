using Elara.Runtime.Testing.Hosts;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Shouldly;
using Xunit.Abstractions;

namespace Elara.Runtime.Tests.MultiProcess;

/// <summary>
/// The real thing: <c>./elara cluster --silos 3</c> (PostgreSQL, three silo processes, the API as their client), a
/// bounded load of behaviour events and cart changes from signed-in shoppers, SIGKILL of one silo in the middle, then:
/// every acknowledged event and cart line is stored, requests failed only inside one failover window (measured and
/// printed), and the ops API reports two active silos within the configured detection time.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class MultiProcessClusterTests(ITestOutputHelper output)
{
    static readonly TimeSpan DeathTimeout = TimeSpan.FromSeconds(3);
    static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMilliseconds(500);
    const int Shoppers = 12;
    const string AdminEmail = "ops-admin@elara.test";
    const string AdminPassword = "correct-horse-battery-staple";

    [Fact]
    public async Task Sigkill_of_a_silo_under_load_loses_no_acknowledged_event_or_cart_change()
    {
        var root = (RepositoryRoot.Find() ?? throw new InvalidOperationException("Cannot find the repository root (the folder with ./elara) above " + AppContext.BaseDirectory));
        var dataDir = Path.Combine(Path.GetTempPath(), "elara-mp-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDir);
        string[] lines = [];
        try
        {
            var port = LoopbackPort.Free();
            var (code, text) = await RunAsync(root, ["cluster", "--silos", "3", "--port", port.ToString(), "--data-dir", dataDir], new Dictionary<string, string>
            {
                ["Elara__Cluster__DeathTimeout"] = DeathTimeout.ToString(),
                ["Elara__Cluster__HeartbeatInterval"] = HeartbeatInterval.ToString(),
                ["Elara__Admin__Email"] = AdminEmail,
                ["Elara__Admin__Password"] = AdminPassword,
                ["Elara__RateLimits__AuthPerMinute"] = "1000",
            });
            output.WriteLine(text);
            code.ShouldBe(0, text);
            lines = await File.ReadAllLinesAsync(Path.Combine(dataDir, "cluster.txt"));
            lines.Count(l => l.StartsWith("silo ", StringComparison.Ordinal)).ShouldBe(3);
            var api = new Uri(lines.Single(l => l.StartsWith("api ", StringComparison.Ordinal)).Split(' ')[^1]);
            var pgPort = lines.Single(l => l.StartsWith("postgres ", StringComparison.Ordinal)).Split(' ')[^1];

            using var admin = await BearerAsync(api, AdminEmail, AdminPassword, register: false);
            (await ActiveSilosAsync(admin)).ShouldBe(3);
            // The demo catalog is seeded in the background once the API runs: wait for enough products.
            string[] products = [];
            for (var attempt = 0; attempt < 120 && products.Length < 20; attempt++)
            {
                if (attempt > 0)
                {
                    await Task.Delay(500);
                }

                products = (await admin.GetFromJsonAsync<JsonElement>("/api/products?limit=24")).GetProperty("items")
                    .EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray();
            }

            products.Length.ShouldBeGreaterThanOrEqualTo(20);

            var shoppers = await Task.WhenAll(Enumerable.Range(0, Shoppers).Select(async i =>
            {
                var email = $"load-{i}-{Guid.NewGuid():N}@elara.test";
                var client = await BearerAsync(api, email, "correct-horse-battery", register: true);
                var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
                return new LoadShopper(client, me.GetProperty("userId").GetString()!);
            }));

            // Bounded load: each shopper sends at most one request at a time, for a fixed time.
            var clock = Stopwatch.StartNew();
            var failures = new ConcurrentBag<(TimeSpan At, string What)>();
            using var stop = new CancellationTokenSource();
            var load = shoppers.Select((shopper, i) => Task.Run(async () =>
            {
                var next = 0;
                while (!stop.IsCancellationRequested)
                {
                    var product = products[(i * 7 + next) % products.Length];
                    if (next % 4 == 3 && shopper.CartProducts.Count < 20 && !shopper.CartProducts.Contains(product) && !shopper.TriedCart.Contains(product))
                    {
                        shopper.TriedCart.Add(product);
                        var response = await TryAsync(() => shopper.Http.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 }));
                        if (response == HttpStatusCode.OK || response == HttpStatusCode.Created)
                        {
                            shopper.CartProducts.Add(product);
                        }
                        else
                        {
                            failures.Add((clock.Elapsed, $"cart {response}"));
                        }
                    }
                    else
                    {
                        var response = await TryAsync(() => shopper.Http.PostAsJsonAsync("/api/events", new[] { new { type = "view", productId = product } }));
                        if (response == HttpStatusCode.Accepted)
                        {
                            shopper.AcknowledgedEvents++;
                        }
                        else
                        {
                            shopper.UnacknowledgedEvents++;
                            failures.Add((clock.Elapsed, $"events {response}"));
                        }
                    }

                    next++;
                    await Task.Delay(20);
                }
            })).ToArray();

            await Task.Delay(TimeSpan.FromSeconds(5));
            var victim = lines.First(l => l.StartsWith("silo ", StringComparison.Ordinal));
            var victimPid = PidOf(victim);
            var killedAt = clock.Elapsed;
            Process.GetProcessById(victimPid).Kill();
            output.WriteLine($"SIGKILL {victim} at {killedAt.TotalSeconds:0.00} s");

            TimeSpan? twoActiveAt = null;
            while (twoActiveAt is null && clock.Elapsed - killedAt < TimeSpan.FromSeconds(30))
            {
                if (await ActiveSilosAsync(admin) == 2)
                {
                    twoActiveAt = clock.Elapsed;
                }
                else
                {
                    await Task.Delay(100);
                }
            }

            twoActiveAt.ShouldNotBeNull("the cluster never reported 2 active silos");
            var detection = twoActiveAt.Value - killedAt;
            output.WriteLine($"2 active silos reported {detection.TotalSeconds:0.00} s after the kill (death timeout {DeathTimeout.TotalSeconds} s, heartbeat {HeartbeatInterval.TotalSeconds} s)");

            await Task.Delay(TimeSpan.FromSeconds(8));
            await stop.CancelAsync();
            await Task.WhenAll(load);
            var end = clock.Elapsed;

            var failed = failures.OrderBy(f => f.At).ToArray();
            var acknowledged = shoppers.Sum(s => s.AcknowledgedEvents) + shoppers.Sum(s => s.CartProducts.Count);
            if (failed.Length > 0)
            {
                output.WriteLine($"{failed.Length} failed requests of {acknowledged + failed.Length}, from {failed[0].At.TotalSeconds:0.00} s to {failed[^1].At.TotalSeconds:0.00} s: failover window {(failed[^1].At - killedAt).TotalSeconds:0.00} s after the kill; kinds: {string.Join(", ", failed.GroupBy(f => f.What).Select(g => $"{g.Key} x{g.Count()}"))}");
            }
            else
            {
                output.WriteLine($"no failed requests of {acknowledged}");
            }

            failed.ShouldAllBe(f => f.At >= killedAt, "nothing fails before the kill");
            if (failed.Length > 0)
            {
                (failed[^1].At - killedAt).ShouldBeLessThan(DeathTimeout + TimeSpan.FromSeconds(5), "requests fail only until the view has changed");
                (end - failed[^1].At).ShouldBeGreaterThan(TimeSpan.FromSeconds(3), "after the window, requests succeed again");
            }

            detection.ShouldBeLessThan(DeathTimeout + HeartbeatInterval * 4 + TimeSpan.FromSeconds(1));

            // Every acknowledged event and cart line is stored.
            await using var db = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={pgPort};Username=postgres;Database=postgres");
            foreach (var shopper in shoppers)
            {
                var stored = await StoredEventsAsync(db, shopper.UserId);
                stored.ShouldBeGreaterThanOrEqualTo(shopper.AcknowledgedEvents, $"shopper {shopper.UserId}: stored events");
                stored.ShouldBeLessThanOrEqualTo(shopper.AcknowledgedEvents + shopper.UnacknowledgedEvents + shopper.TriedCart.Count, $"shopper {shopper.UserId}: no invented events");

                var cart = await shopper.Http.GetFromJsonAsync<JsonElement>("/api/cart");
                var lines2 = cart.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("productId").GetString()!).ToHashSet();
                shopper.CartProducts.ShouldAllBe(p => lines2.Contains(p), $"shopper {shopper.UserId}: acknowledged cart lines");
            }

            output.WriteLine($"checked {shoppers.Sum(s => s.AcknowledgedEvents)} acknowledged events and {shoppers.Sum(s => s.CartProducts.Count)} cart lines of {Shoppers} shoppers: all stored");
        }
        finally
        {
            var (_, stopText) = await RunAsync(root, ["cluster", "stop", "--data-dir", dataDir], []);
            output.WriteLine(stopText);
            foreach (var line in lines.Where(l => l.StartsWith("silo ", StringComparison.Ordinal) || l.StartsWith("api ", StringComparison.Ordinal)))
            {
                try
                {
                    Process.GetProcessById(PidOf(line)).Kill();
                }
                catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
                {
                    // already gone
                }
            }

            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The number after "pid" in a cluster.txt line.</summary>
    static int PidOf(string line)
    {
        var words = line.Split(' ');
        return int.Parse(words[Array.IndexOf(words, "pid") + 1]);
    }

    sealed class LoadShopper(HttpClient http, string userId)
    {
        public HttpClient Http { get; } = http;

        public string UserId { get; } = userId;

        public long AcknowledgedEvents { get; set; }

        public long UnacknowledgedEvents { get; set; }

        public HashSet<string> CartProducts { get; } = [];

        public HashSet<string> TriedCart { get; } = [];
    }

    static async Task<HttpStatusCode?> TryAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            return response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// The active silos the ops API reports; -1 while it cannot answer (its role check may call the silo just killed),
    /// which must then be a 503 to retry, never a 500.
    /// </summary>
    static async Task<int> ActiveSilosAsync(HttpClient admin)
    {
        try
        {
            using var response = await admin.GetAsync("/api/ops/cluster");
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                return -1;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var cluster = await response.Content.ReadFromJsonAsync<JsonElement>();
            return cluster.GetProperty("silos").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "active");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return -1;
        }
    }

    static async Task<HttpClient> BearerAsync(Uri api, string email, string password, bool register)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(15) };
        if (register)
        {
            var created = await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Load Shopper" });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A shopper's stored events: those counted in the state's snapshot, plus those logged after it.</summary>
    static async Task<long> StoredEventsAsync(NpgsqlDataSource db, string userId)
    {
        var state = await LatestStateAsync(db, "user", userId, "user");
        var counted = state.GetProperty("eventCounts").EnumerateObject().Sum(p => p.Value.GetInt64());
        await using var command = db.CreateCommand(
            """
            SELECT COALESCE(SUM(json_array_length((payload::json)->'events')), 0) FROM grain_events
            WHERE grain_type = 'user' AND grain_key = $1 AND log_name = 'behaviour' AND position > $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = state.TryGetProperty("logged", out var logged) ? logged.GetInt64() : 0L });
        return counted + Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    static async Task<JsonElement> LatestStateAsync(NpgsqlDataSource db, string type, string key, string name)
    {
        await using var command = db.CreateCommand(
            """
            SELECT payload FROM (
                SELECT payload, version FROM grain_journal WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3
                UNION ALL
                SELECT payload, version FROM grain_state WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3
            ) latest ORDER BY version DESC LIMIT 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = type });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        var payload = (string?)await command.ExecuteScalarAsync();
        payload.ShouldNotBeNull($"state of {type}/{key}");
        return JsonDocument.Parse(payload).RootElement;
    }

    static async Task<(int Code, string Output)> RunAsync(string root, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Path.Combine(root, "elara")) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
