using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Trending;

/// <summary>Behaviour sent the way the web app sends it, and waiting for the trending counts (batched by their shards) to show it.</summary>
public static class Trends
{
    public static async Task TrackAsync(HttpClient shopper, params (string Type, string ProductId)[] events)
    {
        var response = await shopper.PostAsJsonAsync("/api/events", events.Select(e => new { type = e.Type, productId = e.ProductId }));
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asks <paramref name="url"/> until <paramref name="done"/> holds for its JSON; the last answer otherwise fails the test.</summary>
    public static async Task<JsonElement> UntilAsync(HttpClient client, string url, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var body = await client.GetFromJsonAsync<JsonElement>(url);
            if (done(body))
            {
                return body;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{url} still answers {body}");
            }

            await Task.Delay(100);
        }
    }

    public static string NewCategory() => "Trend " + Guid.NewGuid().ToString("N")[..10];

    public static IEnumerable<string?> ProductIds(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("product").GetProperty("id").GetString());
}
