using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Checkout;
using Elara.Api.Tests.Identity;
using Elara.Api.Tests.Infrastructure;
using Shouldly;
using Xunit.Abstractions;

namespace Elara.Api.Tests.Robustness;

[Collection(ApiCollection.Name)]
public sealed class FuzzTests(ApiFixture fixture, ITestOutputHelper output)
{
    const int Requests = 10_000;
    const int Seed = 20261121;
    const int Parallelism = 8;

    [Fact]
    public async Task Ten_thousand_odd_requests_get_no_5xx_and_every_error_is_ProblemDetails()
    {
        // A host of its own on PostgreSQL, so lockouts and odd carts made here touch no other test.
        await using var api = await fixture.StartApiAsync();
        var fuzzer = new RequestFuzzer(Seed, await CredentialsAsync(api));
        var requests = Enumerable.Range(0, Requests).Select(_ => fuzzer.Next()).ToList();
        var client = ShopperClient.Plain(api);
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (request, _) =>
        {
            var description = $"{request.Method} {request.RequestUri} [{request.Content?.Headers.ContentType}]";
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                failures.Enqueue($"{status} for {description}: {body}");
            }
            else if (status >= 400 && request.Method != HttpMethod.Head && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Enqueue($"{status} without ProblemDetails for {description}: {body}");
            }
        });

        output.WriteLine($"{Requests} requests (seed {Seed}, PostgreSQL storage) in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (status, count) in statuses.OrderBy(s => s.Key))
        {
            output.WriteLine($"  {status} {(HttpStatusCode)status}: {count}");
        }

        failures.Take(10).ShouldBeEmpty();
        statuses.Keys.ShouldAllBe(status => status < 500);
    }

    static async Task<FuzzCredentials> CredentialsAsync(ElaraApiFactory api)
    {
        var product = await api.SeedProductAsync(stock: 1_000_000);

        var anonymous = await ShopperClient.Plain(api).GetAsync("/api/cart");
        var anonymousCookie = AnonymousShopperTests.CookieValue(anonymous, "elara.shopper");
        var (anonymousXsrfCookie, anonymousXsrfToken) = await AntiforgeryAsync(api, $"elara.shopper={anonymousCookie}");

        var email = ShopperClient.NewEmail();
        var registered = await ShopperClient.Plain(api).PostAsJsonAsync("/api/auth/register", new { email, password = ShopperClient.Password, displayName = "Fuzz" });
        var authCookie = AnonymousShopperTests.CookieValue(registered, "elara.auth");
        var (authXsrfCookie, authXsrfToken) = await AntiforgeryAsync(api, $"elara.auth={authCookie}");

        var bearer = await ShopperClient.BearerAsync(api, email);
        (await bearer.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 1 })).EnsureSuccessStatusCode();
        var order = await (await CheckoutTests.CheckoutAsync(bearer, "fuzz")).Content.ReadFromJsonAsync<JsonElement>();
        var admin = await ShopperClient.BearerAsync(api, ApiFixture.AdminEmail, ApiFixture.AdminPassword);

        return new FuzzCredentials(
            anonymousCookie, anonymousXsrfCookie, anonymousXsrfToken,
            authCookie, authXsrfCookie, authXsrfToken,
            bearer.DefaultRequestHeaders.Authorization!.Parameter!, admin.DefaultRequestHeaders.Authorization!.Parameter!,
            email, product, order.GetProperty("id").GetString()!);
    }

    static async Task<(string Cookie, string Token)> AntiforgeryAsync(ElaraApiFactory api, string cookie)
    {
        var client = ShopperClient.Plain(api);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var response = await client.GetAsync("/api/auth/antiforgery");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        return (AnonymousShopperTests.CookieValue(response, "elara.antiforgery"), token);
    }
}
