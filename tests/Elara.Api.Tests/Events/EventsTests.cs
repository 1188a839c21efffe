using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Users;
using Elara.Runtime;
using Elara.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Api.Tests.Events;

[Collection(ApiCollection.Name)]
public sealed class EventsTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task One_event_is_accepted_and_counted_on_the_product()
    {
        var id = await api.SeedProductAsync();

        var response = await ShopperClient.Plain(api).PostAsJsonAsync("/api/events", new { type = "view", productId = id });

        (await response.ShouldBeJsonAsync(HttpStatusCode.Accepted)).GetProperty("accepted").GetInt32().ShouldBe(1);
        // Counters are derived data, passed on by the silo in batches a moment later.
        await Eventually.HoldsAsync(async () => (await api.ProductAsync(id))!.Counters.Views == 1, "the view is counted on the product");
    }

    [Fact]
    public async Task An_array_of_events_is_recorded_for_the_shopper_who_sent_it()
    {
        var id = await api.SeedProductAsync();
        var email = await ShopperClient.Browser(api).SignUpAsync();
        var bearer = await ShopperClient.BearerAsync(api, email);
        var userId = (await bearer.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("userId").GetString()!;

        var response = await bearer.PostAsync("/api/events", Json.Body($$"""
            [{"type":"view","productId":"{{id}}"},
             {"type":"search","query":"brass lamp"},
             {"type":"add_to_cart","productId":"{{id}}","quantity":2}]
            """));

        (await response.ShouldBeJsonAsync(HttpStatusCode.Accepted)).GetProperty("accepted").GetInt32().ShouldBe(3);
        var activity = await api.Services.GetRequiredService<IGrainFactory>().GetGrain<IUserGrain>(userId).GetActivityAsync();
        activity.RecentlyViewed.ShouldContain(id);
        activity.RecentSearches.ShouldContain("brass lamp");
    }

    [Theory]
    [InlineData("""{"type":"view"}""")]
    [InlineData("""{"productId":"p-1"}""")]
    [InlineData("""{"type":"search"}""")]
    [InlineData("""{"type":"search","query":"   "}""")]
    [InlineData("""{"type":"view","productId":"p-1","quantity":0}""")]
    [InlineData("""{"type":"view","productId":"p-1","quantity":100}""")]
    [InlineData("""{"type":"view","productId":"bad id"}""")]
    [InlineData("""[]""")]
    [InlineData("""[null]""")]
    [InlineData("""{"type":"teleport","productId":"p-1"}""")]
    [InlineData("""{"type":"view","productId":"p-1","quantity":2147483648}""")]
    [InlineData("""{"type":"view","productId":"p-1","quantity":"2"}""")]
    [InlineData("""{"type":"view","productId":"p-1","quantity":1.5}""")]
    [InlineData("\"view\"")]
    [InlineData("null")]
    public async Task Malformed_events_answer_400(string body)
    {
        await (await ShopperClient.Plain(api).PostAsync("/api/events", Json.Body(body))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_long_query_and_too_many_events_answer_400()
    {
        var id = await api.SeedProductAsync();
        var client = ShopperClient.Plain(api);

        var longQuery = await client.PostAsJsonAsync("/api/events", new { type = "search", query = new string('q', 201) });
        var tooMany = await client.PostAsJsonAsync("/api/events", Enumerable.Repeat(new { type = "view", productId = id }, 101));

        await longQuery.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await tooMany.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_product_answers_422_and_records_nothing()
    {
        var id = await api.SeedProductAsync();
        var unknown = Seeding.NewProductId();

        var response = await ShopperClient.Plain(api).PostAsJsonAsync("/api/events", new[]
        {
            new { type = "view", productId = id },
            new { type = "view", productId = unknown },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").GetProperty("productId")[0].GetString().ShouldBe(unknown);
        (await api.ProductAsync(id))!.Counters.Views.ShouldBe(0);
    }

    [Fact]
    public async Task A_shopper_id_in_the_body_is_ignored()
    {
        var id = await api.SeedProductAsync();
        var grains = api.Services.GetRequiredService<IGrainFactory>();
        var victim = await ShopperClient.NewBearerShopperAsync(api);
        var victimId = (await victim.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("userId").GetString()!;
        var sender = await ShopperClient.NewBearerShopperAsync(api);
        var senderId = (await sender.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("userId").GetString()!;

        var response = await sender.PostAsync("/api/events", Json.Body(
            $$"""{"type":"view","productId":"{{id}}","shopperId":"{{victimId}}","at":"1999-01-01T00:00:00Z"}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await grains.GetGrain<IUserGrain>(victimId).GetActivityAsync()).RecentlyViewed.ShouldBeEmpty();
        (await grains.GetGrain<IUserGrain>(senderId).GetActivityAsync()).RecentlyViewed.ShouldBe([id]);
    }
}
