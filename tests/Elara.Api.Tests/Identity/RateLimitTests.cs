using System.Net;
using System.Net.Http.Json;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class RateLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task Auth_requests_past_the_per_minute_limit_get_429_with_Retry_After()
    {
        await using var api = await fixture.StartApiAsync(new Dictionary<string, string> { ["Elara:RateLimits:AuthPerMinute"] = "3" });
        var client = ShopperClient.Plain(api);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@elara.test", password = "password-1" })).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/auth/token", new { email = "nobody@elara.test", password = "password-1" });

        statuses.ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        (await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("title").GetString().ShouldBe("Too many requests");
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 60);
        (await client.GetAsync("/api/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
