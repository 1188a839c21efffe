using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Users;
using Shouldly;

namespace Elara.Api.Tests.Admin;

[Collection(ApiCollection.Name)]
public sealed class AdminTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    Task<HttpClient> AdminAsync() => ShopperClient.BearerAsync(api, ApiFixture.AdminEmail, ApiFixture.AdminPassword);

    static object NewProduct(string id, int stock = 5) =>
        new { id, name = "Brass lamp", description = "Warm light.", category = "Lamps", price = 49.90m, stock, attributes = new { colour = "brass" } };

    [Fact]
    public async Task The_configured_admin_exists_at_start_up_with_the_admin_role()
    {
        var admin = await AdminAsync();

        var me = await admin.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain(Roles.Admin);
    }

    [Fact]
    public async Task Creating_a_product_answers_201_with_its_location_and_lists_it()
    {
        var admin = await AdminAsync();
        var id = Seeding.NewProductId();

        var response = await admin.PostAsJsonAsync("/api/admin/products", NewProduct(id));

        (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString().ShouldBe(id);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/products/{id}");
        (await ShopperClient.Plain(api).GetFromJsonAsync<JsonElement>($"/api/products/{id}")).GetProperty("stock").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Creating_an_existing_product_answers_409()
    {
        var admin = await AdminAsync();
        var id = await api.SeedProductAsync();

        await (await admin.PostAsJsonAsync("/api/admin/products", NewProduct(id))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"id":"bad id!","name":"x","category":"c","price":1,"stock":1}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"id":"ok-id","category":"c","price":1,"stock":1}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"id":"ok-id","name":"x","category":"c","price":1,"stock":1,"imageUrl":"javascript:alert(1)"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"id":"ok-id","name":"x","category":"c","price":1,"stock":1,"attributes":{"a":null}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"id":"ok-id","name":"x","category":"c","price":-1,"stock":1}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"id":"ok-id","name":"x","category":"c","price":1,"stock":-5}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"id":"ok-id","name":"x","category":"c","price":1,"stock":2147483648}""", HttpStatusCode.BadRequest)]
    public async Task Invalid_products_are_refused(string body, HttpStatusCode status)
    {
        var admin = await AdminAsync();

        await (await admin.PostAsync("/api/admin/products", Json.Body(body.Replace("ok-id", Seeding.NewProductId())))).ShouldBeProblemAsync(status);
    }

    [Fact]
    public async Task Patching_a_product_changes_only_the_given_fields()
    {
        var admin = await AdminAsync();
        var id = await api.SeedProductAsync(stock: 3, price: 10m);

        var response = await admin.PatchAsJsonAsync($"/api/admin/products/{id}", new { price = 8.5m, stock = 7 });

        var product = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        product.GetProperty("price").GetDecimal().ShouldBe(8.5m);
        product.GetProperty("stock").GetInt32().ShouldBe(7);
        product.GetProperty("name").GetString().ShouldBe($"Lamp {id}");
    }

    [Fact]
    public async Task Patching_an_unknown_product_answers_404_and_an_empty_change_400()
    {
        var admin = await AdminAsync();
        var id = await api.SeedProductAsync();

        await (await admin.PatchAsJsonAsync($"/api/admin/products/{Seeding.NewProductId()}", new { stock = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PatchAsJsonAsync($"/api/admin/products/{id}", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Admin_routes_answer_401_without_an_account_and_403_without_the_admin_role()
    {
        var id = await api.SeedProductAsync();
        var anonymous = ShopperClient.Plain(api);
        var shopper = await ShopperClient.NewBearerShopperAsync(api);

        await (await anonymous.PostAsJsonAsync("/api/admin/products", NewProduct(Seeding.NewProductId()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PatchAsJsonAsync($"/api/admin/products/{id}", new { stock = 0 })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PutAsJsonAsync($"/api/admin/users/{ApiFixture.AdminEmail}/roles", new { roles = new[] { "shopper" } })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await shopper.PostAsJsonAsync("/api/admin/products", NewProduct(Seeding.NewProductId()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await shopper.PatchAsJsonAsync($"/api/admin/products/{id}", new { stock = 0 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await shopper.PutAsJsonAsync($"/api/admin/users/{ApiFixture.AdminEmail}/roles", new { roles = new[] { "shopper" } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await api.ProductAsync(id))!.Stock.ShouldBe(50);
    }

    [Fact]
    public async Task Marketing_and_ops_roles_do_not_open_admin_routes()
    {
        var admin = await AdminAsync();
        var browser = ShopperClient.Browser(api);
        var email = await browser.SignUpAsync();
        (await admin.PutAsJsonAsync($"/api/admin/users/{email}/roles", new { roles = new[] { "shopper", "marketing", "ops" } })).EnsureSuccessStatusCode();

        var response = await browser.Http.PostAsJsonAsync("/api/admin/products", NewProduct(Seeding.NewProductId()));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Granting_admin_counts_at_once_for_an_existing_session_and_revoking_it_too()
    {
        var admin = await AdminAsync();
        var browser = ShopperClient.Browser(api);
        var email = await browser.SignUpAsync();
        var id = await api.SeedProductAsync();

        var granted = await admin.PutAsJsonAsync($"/api/admin/users/{email.ToUpperInvariant()}/roles", new { roles = new[] { "admin", "shopper" } });
        var asAdmin = await browser.Http.PatchAsJsonAsync($"/api/admin/products/{id}", new { stock = 9 });
        (await admin.PutAsJsonAsync($"/api/admin/users/{email}/roles", new { roles = new[] { "shopper" } })).EnsureSuccessStatusCode();
        var revoked = await browser.Http.PatchAsJsonAsync($"/api/admin/products/{id}", new { stock = 1 });

        (await granted.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["shopper", "admin"], ignoreOrder: true);
        asAdmin.StatusCode.ShouldBe(HttpStatusCode.OK);
        await revoked.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await api.ProductAsync(id))!.Stock.ShouldBe(9);
    }

    [Theory]
    [InlineData("""{"roles":["emperor"]}""")]
    [InlineData("""{"roles":[]}""")]
    [InlineData("""{"roles":[null]}""")]
    [InlineData("""{}""")]
    public async Task Unknown_or_missing_roles_answer_400(string body)
    {
        var admin = await AdminAsync();
        var email = await ShopperClient.Browser(api).SignUpAsync();

        await (await admin.PutAsync($"/api/admin/users/{email}/roles", Json.Body(body))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Granting_roles_to_an_unknown_account_answers_404()
    {
        var admin = await AdminAsync();

        await (await admin.PutAsJsonAsync($"/api/admin/users/{ShopperClient.NewEmail()}/roles", new { roles = new[] { "ops" } }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_account_registered_before_the_admin_was_configured_is_not_promoted_without_the_admin_password()
    {
        // Someone registers the address first; the operator then configures it as admin with another password.
        var connection = await fixture.Server.CreateDatabaseAsync();
        var squatter = ShopperClient.NewEmail();
        await using (var before = new ElaraApiFactory("postgres", connection))
        {
            await ShopperClient.Browser(before).SignUpAsync(squatter);
        }

        await using var restarted = new ElaraApiFactory("postgres", connection, new Dictionary<string, string>
        {
            ["Elara:Admin:Email"] = squatter,
            ["Elara:Admin:Password"] = "the-operators-password",
        });
        var bearer = await ShopperClient.BearerAsync(restarted, squatter);

        var me = await bearer.GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Shopper]);
    }
}
