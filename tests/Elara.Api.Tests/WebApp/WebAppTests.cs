using System.Net;
using Elara.Api.WebApp;
using Shouldly;

namespace Elara.Api.Tests.WebApp;

public sealed class WebAppTests : IAsyncLifetime
{
    readonly string webRoot = Path.Combine(Path.GetTempPath(), "elara-web-" + Guid.NewGuid().ToString("N"));
    ElaraApiFactory api = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(webRoot, "assets"));
        await File.WriteAllTextAsync(Path.Combine(webRoot, "index.html"), "<!doctype html><title>Elara</title><div id=root></div>");
        await File.WriteAllTextAsync(Path.Combine(webRoot, "assets", "index-abc123.js"), "console.log('elara')");
        api = new ElaraApiFactory(settings: new Dictionary<string, string>
        {
            [WebAppHostingExtensions.WebRootSetting] = webRoot,
            ["Elara:Catalog"] = "none",
            ["Elara:Simulate"] = "off",
        });
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        Directory.Delete(webRoot, recursive: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/products/lamp-7")]
    [InlineData("/search?q=red+lamp")]
    [InlineData("/categories/lighting")]
    public async Task A_client_route_answers_the_app_s_index_html_so_deep_links_survive_a_reload(string path)
    {
        var response = await api.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("<div id=root>");
    }

    [Fact]
    public async Task A_built_asset_is_served_as_a_file_with_a_long_cache_life()
    {
        var response = await api.CreateClient().GetAsync("/assets/index-abc123.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("console.log('elara')");
        response.Headers.CacheControl!.ToString().ShouldContain("immutable");
    }

    [Theory]
    [InlineData("/api/unknown")]
    [InlineData("/images/nothing-here.png")]
    [InlineData("/health/unknown")]
    public async Task An_unknown_server_path_stays_a_404_problem_not_the_app(string path)
    {
        var response = await api.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("DELETE", "/api/products", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/checkout", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/api/me", HttpStatusCode.MethodNotAllowed)]
    public async Task The_app_does_not_take_over_the_api_s_wrong_method_answers(string method, string path, HttpStatusCode expected)
    {
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task A_missing_asset_is_a_404_not_the_app()
    {
        var response = await api.CreateClient().GetAsync("/assets/index-gone.js");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_api_keeps_answering_its_own_routes()
    {
        var response = await api.CreateClient().GetAsync("/api/categories");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }
}
