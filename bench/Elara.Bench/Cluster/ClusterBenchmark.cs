using Elara.Runtime.Testing.Hosts;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Elara.Bench.Measurement;
using Elara.Bench.Runtime.Grains;
using Elara.Runtime;
using Elara.Runtime.Placement;
using Elara.Runtime.Testing.Cluster;
using Npgsql;
using Spectre.Console;

namespace Elara.Bench.Cluster;

/// <summary>
/// <c>bench cluster</c>: (1) cross-silo grain calls: silos in this process on loopback, each caller calling grains whose
/// home is another silo, over the real TCP transport; (2) event ingest through the API: <c>./elara cluster</c> (real
/// processes: PostgreSQL, silos, the API as a cluster client), shoppers POSTing batches of events; (3) the usual
/// architecture's baseline in the same run: one INSERT per event into the same PostgreSQL.
/// </summary>
public static class ClusterBenchmark
{
    public static async Task<int> RunAsync(ClusterBenchOptions options, CancellationToken cancellationToken)
    {
        AnsiConsole.MarkupLine($"[bold]bench cluster[/]: {options.Silos} silos on loopback, {options.Seconds} s per phase, {Environment.ProcessorCount} cores");
        var (callsPerSecond, callsP99) = await CrossSiloAsync(options, cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLine($"cross-silo calls: {callsPerSecond:N0}/s, p99 {callsP99:0.00} ms");

        var root = (RepositoryRoot.Find() ?? throw new InvalidOperationException("Cannot find the repository root (the folder with ./elara) above " + AppContext.BaseDirectory));
        var dataDir = Path.Combine(Path.GetTempPath(), "elara-bench-cluster-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDir);
        try
        {
            var lines = await StartClusterAsync(root, dataDir, options.Silos, cancellationToken).ConfigureAwait(false);
            var apiUrl = lines.Single(l => l.StartsWith("api ", StringComparison.Ordinal)).Split(' ')[^1];
            var pgPort = lines.Single(l => l.StartsWith("postgres ", StringComparison.Ordinal)).Split(' ')[^1];
            var connection = $"Host=127.0.0.1;Port={pgPort};Username=postgres;Database=postgres;Maximum Pool Size={options.Shoppers + 10}";

            var ingest = await IngestAsync(apiUrl, options, cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"API ingest, most taken ({options.Shoppers} shoppers back to back): {ingest.MaxEventsPerSecond:N0} events/s ({options.EventsPerRequest} per request)");
            AnsiConsole.MarkupLine($"API ingest at {ingest.OfferedEventsPerSecond:N0} events/s offered: {ingest.EventsPerSecond:N0} events/s taken, p50 {ingest.P50:0.00} ms, p99 {ingest.P99:0.00} ms from when each batch was due, {ingest.Failed} failed requests");

            AnsiConsole.MarkupLine($"API, one request at a time after the load (the floor under the tail): p50 {ingest.Serial.P50:0.00} ms, p99 {ingest.Serial.P99:0.00} ms over {SerialRequests} requests of {options.EventsPerRequest} events");

            var baseline = await InsertBaselineAsync(connection, options, cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"baseline, one INSERT per event: {baseline:N0} events/s (most taken through the API: {ingest.MaxEventsPerSecond / Math.Max(1, baseline):0.0}x)");
            var insertSerial = await SerialInsertAsync(connection, cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"baseline, one INSERT at a time (its commit's floor): p50 {insertSerial.P50:0.00} ms, p99 {insertSerial.P99:0.00} ms over {SerialRequests} INSERTs");

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $$"""{"bench":"cluster","silos":{{options.Silos}},"cross_silo_calls_per_sec":{{callsPerSecond:0}},"cross_silo_p99_ms":{{callsP99:0.00}},"api_events_per_sec":{{ingest.EventsPerSecond:0}},"api_p50_ms":{{ingest.P50:0.00}},"api_p99_ms":{{ingest.P99:0.00}},"baseline_insert_events_per_sec":{{baseline:0}},"api_offered_events_per_sec":{{ingest.OfferedEventsPerSecond}},"api_max_events_per_sec":{{ingest.MaxEventsPerSecond:0}},"api_serial_p50_ms":{{ingest.Serial.P50:0.00}},"api_serial_p99_ms":{{ingest.Serial.P99:0.00}},"baseline_insert_serial_p50_ms":{{insertSerial.P50:0.00}},"baseline_insert_serial_p99_ms":{{insertSerial.P99:0.00}}}"""));
            return 0;
        }
        finally
        {
            await RunElaraAsync(root, ["cluster", "stop", "--data-dir", dataDir], CancellationToken.None).ConfigureAwait(false);
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    static async Task<(double PerSecond, double P99)> CrossSiloAsync(ClusterBenchOptions options, CancellationToken cancellationToken)
    {
        await using var cluster = await TestCluster.StartAsync(options.Silos, o =>
        {
            o.GrainAssemblies.Add(typeof(AdderGrain).Assembly);
            o.HeartbeatInterval = TimeSpan.FromSeconds(1);
            o.DeathTimeout = TimeSpan.FromSeconds(30);
        }).ConfigureAwait(false);
        var silos = cluster.Silos;
        var placement = new RendezvousPlacement();
        var view = silos[0].Membership.View;

        // Each silo's callers use 1,000 grains whose home is another silo.
        var remoteKeys = silos.Select(silo => Enumerable.Range(0, 20_000)
            .Select(i => $"x{i}")
            .Where(k => placement.PlaceGrain(new GrainId("adder", k), view) != silo.Membership.LocalSilo)
            .Take(1_000)
            .ToArray()).ToArray();

        var histograms = new List<LatencyHistogram>();
        long total = 0;
        using var window = new MeasuredWindow();
        var callers = Enumerable.Range(0, options.Callers).Select(i =>
        {
            var siloIndex = i % silos.Count;
            var grains = silos[siloIndex].Grains;
            var keys = remoteKeys[siloIndex];
            var histogram = new LatencyHistogram();
            lock (histograms)
            {
                histograms.Add(histogram);
            }

            return Task.Run(async () =>
            {
                var random = new Random(i);
                long calls = 0;
                while (!window.Stopping.IsCancellationRequested)
                {
                    var started = Stopwatch.GetTimestamp();
                    await grains.GetGrain<IAdderGrain>(keys[random.Next(keys.Length)]).AddAsync(1).ConfigureAwait(false);
                    if (window.IsOpen)
                    {
                        histogram.Record(Stopwatch.GetTimestamp() - started);
                        calls++;
                    }
                }

                Interlocked.Add(ref total, calls);
            }, CancellationToken.None);
        }).ToArray();

        // One process, so a short warm-up settles it.
        var elapsed = await window.RunAsync(
            callers, TimeSpan.FromSeconds(Math.Min(options.WarmupSeconds, 5)), TimeSpan.FromSeconds(options.Seconds), cancellationToken).ConfigureAwait(false);
        var merged = new LatencyHistogram();
        foreach (var histogram in histograms)
        {
            merged.Add(histogram);
        }

        return (merged.Count / elapsed.TotalSeconds, merged.PercentileMs(0.99));
    }

    /// <summary>At the offered rate: what was taken and how late; and the most taken with every shopper sending back to back.</summary>
    sealed record IngestResult(int OfferedEventsPerSecond, double EventsPerSecond, double P50, double P99, long Failed, double MaxEventsPerSecond)
    {
        /// <summary>One shopper's requests one at a time once the load has stopped.</summary>
        public SerialLatency Serial { get; init; } = new(0, 0);
    }

    /// <summary>Latency with nothing else in flight: what a request costs before any queueing, the floor under a loaded tail.</summary>
    sealed record SerialLatency(double P50, double P99);

    /// <summary>Requests (and INSERTs) of the one-at-a-time phases.</summary>
    const int SerialRequests = 500;

    /// <summary>The pause after the open loop before the one-at-a-time phase, for what the load set off (relay sends, counter writes).</summary>
    static readonly TimeSpan SerialSettle = TimeSpan.FromSeconds(3);

    static async Task<IngestResult> IngestAsync(string apiUrl, ClusterBenchOptions options, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { BaseAddress = new Uri(apiUrl) };
        await CatalogSettledAsync(probe, cancellationToken).ConfigureAwait(false);
        var products = (await JsonDocument.ParseAsync(await probe.GetStreamAsync("/api/products?limit=100", cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false))
            .RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray();

        // One anonymous shopper per client, as the web app is: its cookie comes with the first answer, then it fetches
        // the antiforgery token that every later cookie-carrying POST sends.
        var clients = await Task.WhenAll(Enumerable.Range(0, options.Shoppers).Select(async _ =>
        {
            // At most six connections, as a browser keeps per site: a shopper whose requests back up waits for one of
            // them (the open loop's latency counts that wait) instead of opening one connection per waiting request.
            var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 6 };
            var client = new HttpClient(handler)
            {
                BaseAddress = new Uri(apiUrl),
                Timeout = TimeSpan.FromSeconds(30),
            };
            using (var first = await client.PostAsync("/api/events", Body(products, 1, new Random()), cancellationToken).ConfigureAwait(false))
            {
                first.EnsureSuccessStatusCode();
            }

            var token = JsonDocument.Parse(await client.GetStringAsync("/api/auth/antiforgery", cancellationToken).ConfigureAwait(false)).RootElement.GetProperty("token").GetString();
            client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
            return client;
        })).ConfigureAwait(false);

        var capacity = await ClosedLoopAsync(clients, products, options, cancellationToken).ConfigureAwait(false);
        var offered = await OpenLoopAsync(clients, products, options, cancellationToken).ConfigureAwait(false);
        await Task.Delay(SerialSettle, cancellationToken).ConfigureAwait(false);
        var serial = await SerialAsync(clients[0], products, options, cancellationToken).ConfigureAwait(false);
        foreach (var client in clients)
        {
            client.Dispose();
        }

        return offered with { MaxEventsPerSecond = capacity, Serial = serial };
    }

    /// <summary>One shopper sends its batches one after another, each as soon as the last is answered, with no other load.</summary>
    static Task<SerialLatency> SerialAsync(HttpClient http, string[] products, ClusterBenchOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(23);
        return OneAtATimeAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = Body(products, options.EventsPerRequest, random) };
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"POST /api/events answered {(int)response.StatusCode} with no other load.");
            }
        });
    }

    /// <summary>The baseline's floor: one INSERT (its own transaction, so one WAL flush) after another on one connection.</summary>
    static async Task<SerialLatency> SerialInsertAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = new NpgsqlCommand("INSERT INTO bench_events (shopper, kind, product_id) VALUES ('anon-serial', 'view', 'product')", connection);
        await insert.PrepareAsync(cancellationToken).ConfigureAwait(false);
        return await OneAtATimeAsync(() => insert.ExecuteNonQueryAsync(cancellationToken)).ConfigureAwait(false);
    }

    /// <summary><see cref="SerialRequests"/> steps, each started when the last has finished, timed one by one.</summary>
    static async Task<SerialLatency> OneAtATimeAsync(Func<Task> step)
    {
        var latencies = new LatencyHistogram();
        for (var i = 0; i < SerialRequests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await step().ConfigureAwait(false);
            latencies.Record(Stopwatch.GetTimestamp() - started);
        }

        return new SerialLatency(latencies.PercentileMs(0.5), latencies.PercentileMs(0.99));
    }

    /// <summary>Every shopper sends its next batch as soon as the last is answered: the most the cluster takes (events/s).</summary>
    static async Task<double> ClosedLoopAsync(HttpClient[] clients, string[] products, ClusterBenchOptions options, CancellationToken cancellationToken)
    {
        long events = 0;
        using var window = new MeasuredWindow();
        var shoppers = clients.Select((http, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            while (!window.Stopping.IsCancellationRequested)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = Body(products, options.EventsPerRequest, random) };
                try
                {
                    using var response = await http.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.Accepted && window.IsOpen)
                    {
                        Interlocked.Add(ref events, options.EventsPerRequest);
                    }
                }
                catch (HttpRequestException)
                {
                }
            }
        }, CancellationToken.None)).ToArray();

        // Fresh processes compile their hot paths for a while: the window starts once that has settled.
        var elapsed = await window.RunAsync(
            shoppers, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.Seconds), cancellationToken).ConfigureAwait(false);
        return Interlocked.Read(ref events) / elapsed.TotalSeconds;
    }

    /// <summary>
    /// Batches sent at the offered rate whatever the answers do (open loop), each timed from when it was due, so a stall
    /// shows in the latency instead of slowing the sender; shoppers take turns. At most 4,096 requests are in flight.
    /// The rate is offered for <see cref="ClusterBenchOptions.RateWarmupSeconds"/> before the measured window, so the
    /// window holds the cluster at that rate, not its recovery from the closed loop's overload before it. A backlog the
    /// rate itself builds carries into the window and shows there. Requests due in the window are the ones counted.
    /// </summary>
    static async Task<IngestResult> OpenLoopAsync(HttpClient[] clients, string[] products, ClusterBenchOptions options, CancellationToken cancellationToken)
    {
        var requestsPerSecond = Math.Max(1, options.OfferedEventsPerSecond / options.EventsPerRequest);
        var schedule = new OpenLoopSchedule(requestsPerSecond, options.RateWarmupSeconds + options.Seconds, Stopwatch.Frequency);
        var firstMeasured = (long)requestsPerSecond * options.RateWarmupSeconds;
        var latencies = new LatencyHistogram();
        long accepted = 0;
        long failed = 0;
        long lastAnswer = 0;
        using var inFlight = new SemaphoreSlim(4_096);
        var random = new Random(17);
        var sends = new List<Task>((int)schedule.Total);
        var start = Stopwatch.GetTimestamp();
        var windowStart = start + schedule.DueAt(firstMeasured);

        async Task SendAsync(long i, HttpClient http, StringContent body)
        {
            await inFlight.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            var ok = false;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = body };
                using var response = await http.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
                ok = response.StatusCode == HttpStatusCode.Accepted;
            }
            catch (HttpRequestException)
            {
            }
            finally
            {
                inFlight.Release();
            }

            // A failure counts in the warm-up too: none may go unreported.
            var answered = Stopwatch.GetTimestamp();
            if (!ok)
            {
                Interlocked.Increment(ref failed);
            }

            if (i < firstMeasured)
            {
                return;
            }

            lock (latencies)
            {
                latencies.Record(answered - (start + schedule.DueAt(i)));
                lastAnswer = Math.Max(lastAnswer, answered);
                accepted += ok ? 1 : 0;
            }
        }

        long next = 0;
        while (next < schedule.Total)
        {
            for (var due = schedule.DueBy(Stopwatch.GetTimestamp() - start); next < due; next++)
            {
                sends.Add(SendAsync(next, clients[next % clients.Length], Body(products, options.EventsPerRequest, random)));
            }

            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
        }

        await Task.WhenAll(sends).ConfigureAwait(false);

        // Taken: what the window's requests delivered, over the time from the window's start to their last answer.
        var taken = Math.Max(Stopwatch.GetElapsedTime(windowStart, lastAnswer).TotalSeconds, options.Seconds);
        return new IngestResult(options.OfferedEventsPerSecond, accepted * options.EventsPerRequest / taken, latencies.PercentileMs(0.5), latencies.PercentileMs(0.99), failed, 0);
    }

    /// <summary>
    /// The demo catalog goes in beside the cluster's start-up; ingest starts once it has stopped growing (the same total
    /// three seconds running), so what is measured is a shop taking events, not a shop loading its catalog.
    /// </summary>
    static async Task CatalogSettledAsync(HttpClient probe, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + 300 * Stopwatch.Frequency;
        var (last, same) = (-1, 0);
        while (same < 3)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The catalog was still growing after 300 s ({last} products).");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            using var page = await JsonDocument.ParseAsync(
                await probe.GetStreamAsync("/api/products?limit=1", cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            var total = page.RootElement.GetProperty("total").GetInt32();
            (last, same) = (total, total > 0 && total == last ? same + 1 : 0);
        }

        AnsiConsole.MarkupLine($"catalog settled at {last:N0} products");
    }

    static readonly string[] Kinds = ["view", "view", "view", "add_to_cart"];

    static StringContent Body(string[] products, int count, Random random)
    {
        var body = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            body.Append(i == 0 ? "" : ",").Append("{\"type\":\"").Append(Kinds[random.Next(Kinds.Length)])
                .Append("\",\"productId\":\"").Append(products[random.Next(products.Length)]).Append("\"}");
        }

        return new StringContent(body.Append(']').ToString(), Encoding.UTF8, "application/json");
    }

    /// <summary>The usual architecture: every event is one INSERT (its own transaction) into PostgreSQL.</summary>
    static async Task<double> InsertBaselineAsync(string connectionString, ClusterBenchOptions options, CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using (var create = source.CreateCommand(
            "CREATE TABLE IF NOT EXISTS bench_events (id BIGSERIAL PRIMARY KEY, shopper TEXT NOT NULL, kind TEXT NOT NULL, product_id TEXT, at TIMESTAMPTZ NOT NULL DEFAULT now())"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long events = 0;
        using var window = new MeasuredWindow();
        var writers = Enumerable.Range(0, options.Shoppers).Select(i => Task.Run(async () =>
        {
            var shopper = $"anon-{i}";
            await using var connection = await source.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            await using var insert = new NpgsqlCommand("INSERT INTO bench_events (shopper, kind, product_id) VALUES ($1, $2, $3)", connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = shopper });
            insert.Parameters.Add(new NpgsqlParameter { Value = "view" });
            insert.Parameters.Add(new NpgsqlParameter { Value = "product" });
            await insert.PrepareAsync(CancellationToken.None).ConfigureAwait(false);
            while (!window.Stopping.IsCancellationRequested)
            {
                await insert.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                if (window.IsOpen)
                {
                    Interlocked.Increment(ref events);
                }
            }
        }, CancellationToken.None)).ToArray();

        var elapsed = await window.RunAsync(writers, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(options.Seconds), cancellationToken).ConfigureAwait(false);
        return Interlocked.Read(ref events) / elapsed.TotalSeconds;
    }

    static async Task<string[]> StartClusterAsync(string root, string dataDir, int silos, CancellationToken cancellationToken)
    {
        var (code, output) = await RunElaraAsync(root, ["cluster", "--silos", silos.ToString(CultureInfo.InvariantCulture), "--port", LoopbackPort.Free().ToString(CultureInfo.InvariantCulture), "--data-dir", dataDir], cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InvalidOperationException($"./elara cluster failed ({code}):\n{output}");
        }

        AnsiConsole.WriteLine(output.Trim());
        return await File.ReadAllLinesAsync(Path.Combine(dataDir, "cluster.txt"), cancellationToken).ConfigureAwait(false);
    }

    static async Task<(int Code, string Output)> RunElaraAsync(string root, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path.Combine(root, "elara")) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false) + await errors.ConfigureAwait(false));
    }
}
