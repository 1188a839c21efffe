using System.Net;
using Elara.Api.Catalog;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Catalog;

[Collection(ApiCollection.Name)]
public sealed class ProductImageTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task Every_product_image_url_serves_an_svg_placeholder_with_its_name()
    {
        var id = await api.SeedProductAsync();
        var product = await api.ProductAsync(id);

        var response = await ShopperClient.Plain(api).GetAsync(product!.ImageUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("image/svg+xml");
        (await response.Content.ReadAsStringAsync()).ShouldContain($"Lamp {id}");
    }

    [Fact]
    public async Task An_unknown_product_has_no_image()
    {
        await (await ShopperClient.Plain(api).GetAsync("/images/products/no-such-product.svg")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Names_are_escaped_and_long_names_wrap_into_three_lines()
    {
        var svg = ProductImageApi.Svg("Tiny <script> & Glass Jar With Very Long Wooden Lid And Matching Spoon Set", "Kitchen");

        svg.ShouldNotContain("<script>");
        svg.ShouldContain("&lt;script&gt; &amp;");
        svg.Split("font-size=\"28\"").Length.ShouldBe(4);
        svg.ShouldContain("…");
    }
}
