using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Robustness;

/// <summary>Whatever arrives, the answer is a 4xx ProblemDetails, never a 5xx.</summary>
[Collection(ApiCollection.Name)]
public sealed class MalformedInputTests(ApiFixture fixture)
{
    const int Limit = 64 * 1024;
    readonly ElaraApiFactory api = fixture.Api;

    public static TheoryData<string> BodyRoutes() => new() { "/api/auth/register", "/api/auth/login", "/api/auth/token", "/api/events", "/api/cart/items" };

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task Malformed_JSON_answers_400(string route)
    {
        foreach (var body in new[] { "{", "{\"email\":", "nul", "{'single':'quotes'}", "{\"a\":1,}", "\u0000", "[[[[", "{\"quantity\":01}" })
        {
            await (await ShopperClient.Plain(api).PostAsync(route, Json.Body(body))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task Invalid_UTF8_answers_400(string route)
    {
        byte[] body = [.. "{\"email\":\"a"u8, 0xFF, 0xFE, 0xC3, .. "\",\"type\":\"view\",\"productId\":\"x"u8, 0x80, .. "\"}"u8];

        await (await ShopperClient.Plain(api).PostAsync(route, Json.Bytes(body))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task A_missing_body_answers_400(string route)
    {
        await (await ShopperClient.Plain(api).PostAsync(route, Json.Body(""))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await ShopperClient.Plain(api).PostAsync(route, null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task A_body_that_is_not_JSON_answers_415(string route)
    {
        var form = new StringContent("email=a@b.c&password=x", Encoding.UTF8, "application/x-www-form-urlencoded");

        await (await ShopperClient.Plain(api).PostAsync(route, form)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await ShopperClient.Plain(api).PostAsync(route, new StringContent("{}", Encoding.UTF8, "text/plain"))).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task Deep_nesting_answers_400(string route)
    {
        var deep = new string('[', 5_000) + new string(']', 5_000);
        var deepObject = string.Concat(Enumerable.Repeat("{\"a\":", 1_000)) + "1" + new string('}', 1_000);

        await (await ShopperClient.Plain(api).PostAsync(route, Json.Body(deep))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await ShopperClient.Plain(api).PostAsync(route, Json.Body(deepObject))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task A_body_over_64_KiB_answers_413_with_or_without_a_length(string route)
    {
        var big = Encoding.UTF8.GetBytes($"{{\"email\":\"{new string('a', Limit)}\"}}");
        var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        (await (await ShopperClient.Plain(api).PostAsync(route, Json.Bytes(big))).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge))
            .GetProperty("title").GetString().ShouldBe("Request body too large");
        await (await ShopperClient.Plain(api).SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_of_exactly_64_KiB_is_read()
    {
        var padding = Limit - "{\"type\":\"search\",\"query\":\"q\",\"pad\":\"\"}".Length;
        var body = $"{{\"type\":\"search\",\"query\":\"q\",\"pad\":\"{new string(' ', padding)}\"}}";
        Encoding.UTF8.GetByteCount(body).ShouldBe(Limit);

        (await ShopperClient.Plain(api).PostAsync("/api/events", Json.Body(body))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/products/a/b/c")]
    [InlineData("/api/cart/items/a/b")]
    public async Task Unknown_routes_answer_404(string route)
    {
        await (await ShopperClient.Plain(api).GetAsync(route)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("PUT", "/api/cart")]
    [InlineData("DELETE", "/api/products")]
    [InlineData("GET", "/api/checkout")]
    [InlineData("POST", "/api/me")]
    [InlineData("GET", "/api/auth/login")]
    public async Task Wrong_methods_answer_405(string method, string route)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), route);

        await (await ShopperClient.Plain(api).SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Huge_and_negative_numbers_answer_400()
    {
        var client = ShopperClient.Plain(api);
        var id = await api.SeedProductAsync();

        foreach (var quantity in new[] { "2147483648", "-1", "1e9", "-2147483649", "1e400", "0.5", "NaN", "\"Infinity\"" })
        {
            await (await client.PostAsync("/api/cart/items", Json.Body($$"""{"productId":"{{id}}","quantity":{{quantity}}}""")))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            await (await client.PostAsync("/api/events", Json.Body($$"""{"type":"view","productId":"{{id}}","quantity":{{quantity}}}""")))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task Long_strings_are_refused_not_stored()
    {
        var client = ShopperClient.Plain(api);
        var text = new string('x', 20_000);

        await (await client.PostAsJsonAsync("/api/auth/register", new { email = text + "@x.y", password = text, displayName = text })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/auth/login", new { email = text, password = text })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/cart/items", new { productId = text, quantity = 1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_answers_400_or_is_handled()
    {
        var response = await ShopperClient.Plain(api).PostAsync("/api/events", Json.Body("""{"type":"search","query":"\ud800"}"""));

        ((int)response.StatusCode).ShouldBeLessThan(500);
    }
}
