using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Elara.Bench.Measurement;
using Elara.Grains.Persistence;
using Elara.Grains.Recommenders;
using Elara.Grains.Search;
using Elara.Runtime.Cluster;
using Spectre.Console;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// The API part of <c>bench recs</c>: the real API as a child process, the catalog created through the admin API, anonymous
/// shoppers that post their events (the first request of a browser without cookies, which gets the shopper cookie), then
/// GET /api/recommendations?limit=10 open-loop at the target rate with a cap on requests in flight.
/// </summary>
public static class ApiPhase
{
    const string ShopperCookie = "elara.shopper";
    const int LoadConcurrency = 16;
    const int WarmUpRequests = 2_000;

    /// <summary>How long after the product counter writes the warm-up goes on, for what they set off (search, shelves, GC).</summary>
    static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(5);

    static readonly TimeSpan IndexWait = TimeSpan.FromMinutes(3);
    static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A request still waiting for a slot this long after the window is abandoned: its latency would be longer anyway.</summary>
    static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>Requests slower than the aim, counted by the slices of the schedule they were due in: a pause of either
    /// process makes a few slices hold most of them, a steady overload spreads them over all.</summary>
    const int SlowMilliseconds = 10;
    const int SliceMilliseconds = 100;

    /// <summary>How many requests the driver holds before it drops the finished ones.</summary>
    const int PendingSweep = 1_024;

    /// <param name="reuseLists">
    /// Whether the API runs as shipped, serving a shopper's last list again while nothing of theirs changed; without, it
    /// computes every list (<see cref="Grains.Recommenders.RecommenderOptions.ListReuse"/> zero).
    /// </param>
    public static async Task<ApiPhaseResult> RunAsync(
        RecsBenchOptions options, bool reuseLists, string apiDll, IReadOnlyList<SearchDocument> products, ShopperSessions sessions, ProgressContext progress,
        CancellationToken cancellationToken)
    {
        var name = reuseLists ? "API" : "API, list reuse off";
        var starting = progress.AddTask($"{name}: start the API process (memory storage, no catalog, no simulation)", maxValue: 1);
        const string adminEmail = "bench-admin@elara.test";
        var adminPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await using var api = await ApiProcess.StartAsync(
            apiDll, adminEmail, adminPassword, reuseLists ? [] : [$"--{RecommenderOptions.ListReuseSetting}=00:00:00"], cancellationToken).ConfigureAwait(false);
        starting.Increment(1);
        starting.StopTask();

        using var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            MaxConnectionsPerServer = options.MaxInFlight,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var http = new HttpClient(handler) { BaseAddress = api.Address, Timeout = RequestTimeout };

        var loading = progress.AddTask($"{name}: create {products.Count:N0} products through the admin API", maxValue: products.Count);
        var token = await AdminTokenAsync(http, adminEmail, adminPassword, cancellationToken).ConfigureAwait(false);
        var created = new bool[products.Count];
        var loadStarted = Stopwatch.GetTimestamp();
        await BoundedWork.ForEachAsync(products.Count, LoadConcurrency, async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/products")
            {
                Content = JsonContent.Create(BenchCatalog.ToNewProduct(products[i]), options: Json),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            created[i] = response.StatusCode == HttpStatusCode.Created;

            loading.Increment(1);
        }, cancellationToken).ConfigureAwait(false);
        var loadSeconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
        var productErrors = created.Count(c => !c);

        // Search leaves out what is sold out, so it counts the created products in stock.
        await WaitForIndexAsync(http, products.Where((p, i) => created[i] && p.Stock > 0).Count(), cancellationToken).ConfigureAwait(false);
        loading.StopTask();

        var shopping = progress.AddTask($"{name}: {options.Shoppers:N0} anonymous shoppers post their events", maxValue: options.Shoppers);
        var cookies = new string?[options.Shoppers];
        var shopperErrors = 0;
        var now = DateTimeOffset.UtcNow;
        await BoundedWork.ForEachAsync(options.Shoppers, LoadConcurrency, async s =>
        {
            // Other shoppers than the in-grain part's: numbered after them.
            var events = sessions.Batches(options.Users + s, "", now).SelectMany(b => b)
                .Select(e => new { type = e.Kind, productId = e.ProductId, quantity = e.Quantity })
                .ToList();
            using var response = await http.PostAsync("/api/events", JsonContent.Create(events, options: Json), cancellationToken).ConfigureAwait(false);
            cookies[s] = response.StatusCode == HttpStatusCode.Accepted ? CookieOf(response) : null;
            if (cookies[s] is null)
            {
                Interlocked.Increment(ref shopperErrors);
            }

            shopping.Increment(1);
        }, cancellationToken).ConfigureAwait(false);
        shopping.StopTask();
        var posted = Stopwatch.GetTimestamp();
        var shoppers = cookies.OfType<string>().ToArray();
        if (shoppers.Length == 0)
        {
            throw new InvalidOperationException($"No shopper got a cookie from POST /api/events.{Environment.NewLine}{api.LogTail}");
        }

        // The shoppers' events leave every product with counters to store: each product grain writes them and publishes the
        // change DeferredWrite.Delay later, all 10,000 at once. That burst is the set-up's, not the traffic measured, so the
        // warm-up lasts until it has passed (a live shop's counter writes are spread over time).
        var settled = posted + (long)((DeferredWrite.Delay + SettleTime).TotalSeconds * Stopwatch.Frequency);
        var warming = progress.AddTask(
            $"{name}: warm-up, at least {WarmUpRequests:N0} requests, {LoadConcurrency} at a time, until the product counter writes have passed",
            maxValue: WarmUpRequests);
        var warmed = 0;
        do
        {
            await BoundedWork.ForEachAsync(WarmUpRequests, LoadConcurrency, async i =>
            {
                using var response = await http.SendAsync(Recommendations(shoppers[i % shoppers.Length]), cancellationToken).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (Interlocked.Increment(ref warmed) <= WarmUpRequests)
                {
                    warming.Increment(1);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        while (Stopwatch.GetTimestamp() < settled);
        warming.StopTask();

        var schedule = new OpenLoopSchedule(options.Rps, options.Seconds, Stopwatch.Frequency);
        var driving = progress.AddTask(
            $"{name}: GET /api/recommendations?limit=10 open-loop at {options.Rps:N0}/s for {options.Seconds} s, at most {options.MaxInFlight} in flight",
            maxValue: schedule.Total);
        var apiGcBefore = await ApiGcAsync(http, token, cancellationToken).ConfigureAwait(false);
        var benchGcBefore = GcSnapshot.Take();
        var drive = await DriveAsync(http, schedule, shoppers, options, driving, cancellationToken).ConfigureAwait(false);
        var benchGc = GcSnapshot.Take().Since(benchGcBefore);
        var apiGc = (await ApiGcAsync(http, token, cancellationToken).ConfigureAwait(false)).Since(apiGcBefore);
        driving.StopTask();

        return drive with
        {
            ReuseLists = reuseLists,
            ProductsCreated = products.Count - productErrors,
            ProductErrors = productErrors,
            LoadSeconds = loadSeconds,
            Shoppers = shoppers.Length,
            ShopperErrors = shopperErrors,
            ApiGc = apiGc,
            BenchGc = benchGc,
        };
    }

    /// <summary>The API process's collector as its co-hosted silo reports it to ops (GET /api/ops/cluster).</summary>
    static async Task<GcSnapshot> ApiGcAsync(HttpClient http, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ops/cluster");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var cluster = await response.Content.ReadFromJsonAsync<ClusterSnapshot>(Json, cancellationToken).ConfigureAwait(false);
        var gc = cluster?.Silos.SingleOrDefault()?.Gc
            ?? throw new InvalidOperationException("GET /api/ops/cluster did not report the co-hosted silo's garbage collector.");
        return new GcSnapshot(gc.AllocatedBytes, gc.Gen0, gc.Gen1, gc.Gen2, TimeSpan.FromMilliseconds(gc.PauseMilliseconds));
    }

    static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Sends each request at its scheduled time (or as soon after as the in-flight cap allows) and times it from then.</summary>
    static async Task<ApiPhaseResult> DriveAsync(
        HttpClient http, OpenLoopSchedule schedule, string[] shoppers, RecsBenchOptions options, ProgressTask progress, CancellationToken cancellationToken)
    {
        var fromSchedule = new long[schedule.Total];
        var fromSend = new long[schedule.Total];
        var ok = new bool[schedule.Total];
        var errors = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var gate = new SemaphoreSlim(options.MaxInFlight);
        var random = new Random(options.Seed + 3);
        var pending = new List<Task>((int)schedule.Total);
        long lastAnswer = 0;
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        abandon.CancelAfter(TimeSpan.FromSeconds(options.Seconds) + Grace);
        var start = Stopwatch.GetTimestamp();

        async Task SendAsync(long i, string shopper)
        {
            try
            {
                await gate.WaitAsync(abandon.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                errors.AddOrUpdate("abandoned: no slot within the window + 10 s", 1, (_, n) => n + 1);
                progress.Increment(1);
                return;
            }

            try
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(Recommendations(shopper), cancellationToken).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var answered = Stopwatch.GetTimestamp();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    fromSchedule[i] = answered - (start + schedule.DueAt(i));
                    fromSend[i] = answered - sent;
                    ok[i] = true;
                }
                else
                {
                    errors.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                }

                InterlockedMax(ref lastAnswer, answered);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                errors.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
            }
            finally
            {
                gate.Release();
                progress.Increment(1);
            }
        }

        // A thread of its own that sleeps a millisecond at a time: with the pacing on the thread pool (Task.Delay), a busy
        // pool woke it late and the driver's own lateness counted as the server's (p50 3.7 ms from schedule, 1.0 from the send).
        await Task.Factory.StartNew(() =>
        {
            long next = 0;
            while (next < schedule.Total)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var due = schedule.DueBy(Stopwatch.GetTimestamp() - start);
                for (; next < due; next++)
                {
                    pending.Add(SendAsync(next, shoppers[random.Next(shoppers.Length)]));
                }

                // Finished requests leave the list, or their state (responses included) would live to the end of the window
                // and be promoted by this process's collector, whose pauses delay the answers it times.
                if (pending.Count >= PendingSweep)
                {
                    pending.RemoveAll(t => t.IsCompletedSuccessfully);
                }

                if (next < schedule.Total)
                {
                    Thread.Sleep(1);
                }
            }
        }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);

        var driveSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await Task.WhenAll(pending).ConfigureAwait(false);
        var latency = new LatencyHistogram();
        var service = new LatencyHistogram();
        long succeeded = 0;
        var slowAfter = Stopwatch.Frequency / 1000 * SlowMilliseconds;
        var sliceTicks = Stopwatch.Frequency / 1000 * SliceMilliseconds;
        var slowSlices = new HashSet<long>();
        long slow = 0;
        for (var i = 0; i < schedule.Total; i++)
        {
            if (ok[i])
            {
                latency.Record(fromSchedule[i]);
                service.Record(fromSend[i]);
                succeeded++;
                if (fromSchedule[i] > slowAfter)
                {
                    slow++;
                    slowSlices.Add(schedule.DueAt(i) / sliceTicks);
                }
            }
        }

        var seconds = lastAnswer > start ? (double)(lastAnswer - start) / Stopwatch.Frequency : 0;
        return new ApiPhaseResult(0, 0, 0, 0, 0, schedule.Total, succeeded, seconds, driveSeconds, latency, service, errors)
        {
            Slow = new SlowRequests(SlowMilliseconds, slow, SliceMilliseconds, slowSlices.Count, (schedule.DueAt(schedule.Total - 1) / sliceTicks) + 1),
        };
    }

    static HttpRequestMessage Recommendations(string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/recommendations?limit=10");
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    /// <summary>"elara.shopper=…" from the response's Set-Cookie headers, ready to send back.</summary>
    static string? CookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Where(v => v.StartsWith(ShopperCookie + "=", StringComparison.Ordinal)).Select(v => v.Split(';')[0]).FirstOrDefault()
            : null;

    static async Task<string> AdminTokenAsync(HttpClient http, string email, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { email, password }, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/auth/token for the admin answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Waits until search (the silo's catalog index, which recommendations share) counts <paramref name="expected"/> products.</summary>
    static async Task WaitForIndexAsync(HttpClient http, int expected, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var total = 0;
        while (Stopwatch.GetElapsedTime(started) < IndexWait)
        {
            var page = await http.GetFromJsonAsync<JsonElement>("/api/search?minPrice=0&pageSize=1", cancellationToken).ConfigureAwait(false);
            total = page.GetProperty("total").GetInt32();
            if (total >= expected)
            {
                return;
            }

            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"The API's catalog index had {total} of {expected} products after {IndexWait}.");
    }

    static void InterlockedMax(ref long target, long value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var actual && actual != seen)
        {
            seen = actual;
        }
    }
}
