using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Ops;

[Collection(ApiCollection.Name)]
public sealed class OpsTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    Task<HttpClient> AdminAsync() => ShopperClient.BearerAsync(api, ApiFixture.AdminEmail, ApiFixture.AdminPassword);

    [Fact]
    public async Task The_cluster_view_of_the_embedded_silo_has_one_active_silo_with_its_activations()
    {
        var admin = await AdminAsync();
        await api.SeedProductAsync();

        var cluster = await admin.GetFromJsonAsync<JsonElement>("/api/ops/cluster");

        cluster.GetProperty("membershipVersion").GetInt64().ShouldBeGreaterThan(0);
        var silo = cluster.GetProperty("silos").EnumerateArray().ShouldHaveSingleItem();
        silo.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
        silo.GetProperty("address").GetString()!.ShouldContain(":");
        silo.GetProperty("status").GetString().ShouldBe("active");
        silo.GetProperty("activations").GetProperty("product").GetInt32().ShouldBeGreaterThan(0);
        silo.GetProperty("messagesPerSecond").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        var gc = silo.GetProperty("gc");
        gc.GetProperty("heapBytes").GetInt64().ShouldBeGreaterThan(0);
        gc.GetProperty("allocatedBytes").GetInt64().ShouldBeGreaterThanOrEqualTo(gc.GetProperty("heapBytes").GetInt64() / 2);
        gc.GetProperty("pauseMilliseconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        gc.GetProperty("gen0").GetInt32().ShouldBeGreaterThanOrEqualTo(gc.GetProperty("gen2").GetInt32());
    }

    [Fact]
    public async Task The_cluster_view_needs_the_ops_role()
    {
        (await ShopperClient.Plain(api).GetAsync("/api/ops/cluster")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await ShopperClient.Plain(api).GetAsync("/api/ops/cluster/stream")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_cluster_stream_sends_cluster_events_with_the_same_json()
    {
        var admin = await AdminAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await admin.GetAsync("/api/ops/cluster/stream", HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var events = new List<JsonElement>();
        string? eventType = null;
        while (events.Count < 2 && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventType = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                eventType.ShouldBe("cluster");
                events.Add(JsonDocument.Parse(line["data: ".Length..]).RootElement);
            }
        }

        events.Count.ShouldBe(2);
        events[1].GetProperty("silos")[0].GetProperty("status").GetString().ShouldBe("active");
        events[1].GetProperty("membershipVersion").GetInt64().ShouldBeGreaterThan(0);
    }
}
