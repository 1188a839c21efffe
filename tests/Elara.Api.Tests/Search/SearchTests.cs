using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Products;
using Elara.Grains.Search;
using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Api.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    IGrainFactory Grains => api.Services.GetRequiredService<IGrainFactory>();

    async Task<string> SeedAsync(string name, string category, decimal price, int stock = 10)
    {
        var id = Seeding.NewProductId();
        await Grains.GetGrain<IProductGrain>(id).UpsertAsync(new NewProduct(id, name, $"{name}, sold by the test shop.", category, price, stock));
        return id;
    }

    async Task<JsonElement> SearchAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/search?{query}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    static IEnumerable<string> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!);

    [Fact]
    public async Task Price_and_category_filters_are_always_respected()
    {
        var word = Seeding.NewWord();
        string[] categories = [$"Lighting {word}", $"Kitchen {word}"];
        string[] names = ["Brass lantern", "Red lantern", "Cheap glass lamp", "Copper kettle", "Steel kettle", "Red wool rug"];
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            foreach (var category in categories)
            {
                await SeedAsync($"{name} {word}", category, 2m + (i * 7.5m));
            }
        }

        var client = ShopperClient.Plain(api);
        string[] texts = ["", word, $"lantern {word}", $"red {word}", $"kettle under 5 {word}", $"cheapest lamp {word}", $"lantrn {word}", "lantern", "kettle over 30"];
        (decimal? Min, decimal? Max)[] ranges = [(null, 10m), (5m, null), (9.5m, 24.5m), (0m, 100m), (40m, 40m)];
        foreach (var text in texts)
        {
            foreach (var category in categories)
            {
                foreach (var (min, max) in ranges)
                {
                    var query = $"q={Uri.EscapeDataString(text)}&category={Uri.EscapeDataString(category)}&pageSize=100"
                        + (min is { } lo ? $"&minPrice={lo}" : "") + (max is { } hi ? $"&maxPrice={hi}" : "");

                    var page = await SearchAsync(client, query);

                    foreach (var item in page.GetProperty("items").EnumerateArray())
                    {
                        item.GetProperty("category").GetString().ShouldBe(category, query);
                        var price = item.GetProperty("price").GetDecimal();
                        price.ShouldBeGreaterThanOrEqualTo(min ?? 0m, query);
                        price.ShouldBeLessThanOrEqualTo(max ?? decimal.MaxValue, query);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task A_category_filter_alone_lists_the_category()
    {
        var word = Seeding.NewWord();
        var category = $"Lighting {word}";
        var ids = new[] { await SeedAsync($"Brass lantern {word}", category, 12m), await SeedAsync($"Glass lamp {word}", category, 20m) };

        var page = await SearchAsync(ShopperClient.Plain(api), $"category={Uri.EscapeDataString(category)}");

        Ids(page).ShouldBe(ids, ignoreOrder: true);
        page.GetProperty("parsed").GetProperty("sort").GetString().ShouldNotBeNull();
        page.GetProperty("facets").ValueKind.ShouldBe(JsonValueKind.Array);
    }

    [Fact]
    public async Task A_product_renamed_by_an_admin_is_found_by_its_new_name_within_a_second()
    {
        var admin = await ShopperClient.BearerAsync(api, ApiFixture.AdminEmail, ApiFixture.AdminPassword);
        var client = ShopperClient.Plain(api);
        var id = await api.SeedProductAsync();
        var newName = Seeding.NewWord();

        var patched = await admin.PatchAsJsonAsync($"/api/admin/products/{id}", new { name = $"Velvet {newName} cushion" });
        var since = Stopwatch.StartNew();
        patched.StatusCode.ShouldBe(HttpStatusCode.OK);

        var found = false;
        while (!found && since.Elapsed < TimeSpan.FromSeconds(1))
        {
            found = Ids(await SearchAsync(client, $"q={newName}")).Contains(id);
        }

        found.ShouldBeTrue($"'{newName}' was not found within 1 s of the rename");
    }

    [Fact]
    public async Task A_typo_gets_a_did_you_mean_correction_and_still_finds_the_product()
    {
        var id = await SeedAsync("Orange marmalade jar", "Pantry", 4.5m);

        var page = await SearchAsync(ShopperClient.Plain(api), "q=marmelade");

        page.GetProperty("correction").GetString().ShouldNotBeNull().ShouldContain("marmalade", Case.Insensitive);
        Ids(page).ShouldContain(id);
    }

    [Fact]
    public async Task A_one_letter_prefix_gets_suggestions()
    {
        await SeedAsync($"Xylophone {Seeding.NewWord()}", "Toys", 30m);

        var suggestions = await (await ShopperClient.Plain(api).GetAsync("/api/search/suggest?q=x")).ShouldBeJsonAsync(HttpStatusCode.OK);

        suggestions.GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var suggestion in suggestions.EnumerateArray())
        {
            suggestion.GetProperty("kind").GetString().ShouldBeOneOf("product", "category", "query");
        }
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=lamp&sort=cheapest")]
    [InlineData("/api/search?q=lamp&pageSize=101")]
    [InlineData("/api/search?q=lamp&pageSize=0")]
    [InlineData("/api/search?q=lamp&page=0")]
    [InlineData("/api/search?q=lamp&minPrice=-1")]
    [InlineData("/api/search?q=lamp&minPrice=10&maxPrice=5")]
    [InlineData("/api/search?q=lamp&minPrice=abc")]
    [InlineData("/api/search?q=lamp&page=two")]
    [InlineData("/api/search/suggest")]
    [InlineData("/api/search/suggest?q=")]
    [InlineData("/api/search/suggest?q=lamp&limit=0")]
    public async Task Bad_parameters_answer_400_problem_details(string url) =>
        await (await ShopperClient.Plain(api).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Over_long_queries_answer_400_problem_details()
    {
        var client = ShopperClient.Plain(api);

        await (await client.GetAsync($"/api/search?q={new string('q', 201)}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync($"/api/search/suggest?q={new string('q', 101)}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_search_is_recorded_for_the_shopper_and_in_the_trending_queries()
    {
        var browser = ShopperClient.Browser(api);
        await browser.SignUpAsync();
        var word = Seeding.NewWord();

        await SearchAsync(browser.Http, $"q=Brass+{word}");

        var activity = await Grains.GetGrain<IUserGrain>(await browser.MeIdAsync()).GetActivityAsync();
        activity.RecentSearches.ShouldContain($"Brass {word}");
        (await Grains.GetGrain<ISearchTrendsGrain>(SearchKeys.Trends).TopAsync(500)).ShouldContain($"brass {word}");
    }

    [Fact]
    public async Task Search_events_posted_by_the_client_feed_the_trending_queries()
    {
        var word = Seeding.NewWord();

        var response = await ShopperClient.Plain(api).PostAsJsonAsync("/api/events", new { type = "search", query = $"Copper {word}" });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Grains.GetGrain<ISearchTrendsGrain>(SearchKeys.Trends).TopAsync(500)).ShouldContain($"copper {word}");
    }

    [Fact]
    public async Task A_click_on_a_search_result_is_accepted()
    {
        var id = await api.SeedProductAsync();

        var response = await ShopperClient.Plain(api).PostAsJsonAsync("/api/events", new { type = "click", productId = id, query = "warm light" });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }
}
