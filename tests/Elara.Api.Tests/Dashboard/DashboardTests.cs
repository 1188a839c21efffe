using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Elara.Api.Tests.Checkout;
using Elara.Api.Tests.Infrastructure;
using Elara.Api.Tests.Trending;
using Elara.Grains.Users;
using Shouldly;

namespace Elara.Api.Tests.Dashboard;

[Collection(ApiCollection.Name)]
public sealed class DashboardTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    async Task<HttpClient> WithRoleAsync(string role)
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();
        var admin = await ShopperClient.BearerAsync(api, ApiFixture.AdminEmail, ApiFixture.AdminPassword);
        (await admin.PutAsJsonAsync($"/api/admin/users/{email}/roles", new { roles = new[] { role } })).EnsureSuccessStatusCode();
        return await ShopperClient.BearerAsync(api, email);
    }

    [Theory]
    [InlineData("/api/dashboard")]
    [InlineData("/api/dashboard/stream")]
    public async Task Anonymous_callers_get_401_and_shoppers_403(string url)
    {
        await (await ShopperClient.Plain(api).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        await (await shopper.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var ops = await WithRoleAsync(Roles.Ops);
        await (await ops.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/dashboard?window=2h")]
    [InlineData("/api/dashboard/stream?window=week")]
    public async Task A_bad_window_answers_400(string url)
    {
        var marketing = await WithRoleAsync(Roles.Marketing);

        await (await marketing.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_snapshot_has_the_agreed_shape_and_counts_searches_no_word_of_which_finds_anything()
    {
        var marketing = await WithRoleAsync(Roles.Marketing);
        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        var miss = "zzqxv" + Guid.NewGuid().ToString("N")[..8];
        var hit = "Glowbrass" + Guid.NewGuid().ToString("N")[..8];
        await api.SeedProductAsync(name: $"{hit} lamp");
        (await shopper.GetAsync($"/api/search?q={miss}")).EnsureSuccessStatusCode();
        (await (await shopper.GetAsync($"/api/search?q={hit}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items")[0]
            .GetProperty("why").GetString().ShouldStartWith("name matches");

        var snapshot = await Trends.UntilAsync(
            marketing,
            "/api/dashboard?window=5m",
            s => s.GetProperty("zeroResultQueries").EnumerateArray().Any(q => q.GetProperty("query").GetString() == miss)
                && s.GetProperty("queries").EnumerateArray().Any(q => q.GetProperty("query").GetString() == hit.ToLowerInvariant()));
        snapshot.GetProperty("zeroResultQueries").EnumerateArray().ShouldNotContain(q => q.GetProperty("query").GetString() == hit.ToLowerInvariant());

        snapshot.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["window", "at", "products", "categories", "queries", "zeroResultQueries", "funnel", "revenuePerMinute", "totals"]);
        snapshot.GetProperty("window").GetString().ShouldBe("5m");
        snapshot.GetProperty("queries").EnumerateArray().ShouldContain(q => q.GetProperty("query").GetString() == miss);
        snapshot.GetProperty("funnel").EnumerateObject().Select(p => p.Name).ShouldBe(["viewed", "addedToCart", "purchased"]);
        snapshot.GetProperty("revenuePerMinute").GetArrayLength().ShouldBe(5);
        snapshot.GetProperty("revenuePerMinute")[0].EnumerateObject().Select(p => p.Name).ShouldBe(["minute", "revenue", "orders"]);
        snapshot.GetProperty("totals").EnumerateObject().Select(p => p.Name).ShouldBe(["revenue", "orders"]);
    }

    [Fact]
    public async Task An_admin_may_read_the_dashboard()
    {
        var admin = await ShopperClient.BearerAsync(api, ApiFixture.AdminEmail, ApiFixture.AdminPassword);

        (await (await admin.GetAsync("/api/dashboard")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("window").GetString().ShouldBe("1h");
    }

    [Fact]
    public async Task A_purchase_appears_on_the_live_stream_without_asking_again()
    {
        var marketing = await WithRoleAsync(Roles.Marketing);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await marketing.GetAsync("/api/dashboard/stream?window=5m", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        var events = SseParser.Create(await response.Content.ReadAsStreamAsync(timeout.Token)).EnumerateAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        (await events.MoveNextAsync()).ShouldBeTrue();
        events.Current.EventType.ShouldBe("dashboard");
        var before = JsonDocument.Parse(events.Current.Data).RootElement.GetProperty("totals");

        var shopper = await ShopperClient.NewBearerShopperAsync(api);
        var product = await api.SeedProductAsync(price: 17.25m);
        (await shopper.PostAsJsonAsync("/api/cart/items", new { productId = product, quantity = 2 })).EnsureSuccessStatusCode();
        (await CheckoutTests.CheckoutAsync(shopper, Guid.NewGuid().ToString())).StatusCode.ShouldBe(HttpStatusCode.Created);

        while (true)
        {
            (await events.MoveNextAsync()).ShouldBeTrue();
            events.Current.EventType.ShouldBe("dashboard");
            var snapshot = JsonDocument.Parse(events.Current.Data).RootElement;
            var totals = snapshot.GetProperty("totals");
            if (totals.GetProperty("orders").GetInt32() > before.GetProperty("orders").GetInt32())
            {
                totals.GetProperty("revenue").GetDecimal().ShouldBe(before.GetProperty("revenue").GetDecimal() + 34.50m);
                snapshot.GetProperty("funnel").GetProperty("purchased").GetInt64().ShouldBeGreaterThan(0);
                break;
            }
        }
    }
}
