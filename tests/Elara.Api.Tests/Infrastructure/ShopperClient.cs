using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;

namespace Elara.Api.Tests.Infrastructure;

/// <summary>A client that behaves like the web app in a browser: it keeps cookies and sends the antiforgery token.</summary>
public sealed class ShopperClient(HttpClient http)
{
    public const string Password = "correct-horse-battery";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    public HttpClient Http { get; } = http;

    public static ShopperClient Browser(ElaraApiFactory api) =>
        new(api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>A client that keeps no cookies: for bearer tokens and hand-made Cookie headers.</summary>
    public static HttpClient Plain(ElaraApiFactory api) =>
        api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static string NewEmail() => $"shopper-{Guid.NewGuid():N}@elara.test";

    /// <summary>Fetches a token for the current identity and sends it on every later request.</summary>
    public async Task<string> RefreshAntiforgeryAsync()
    {
        var response = await Http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        var token = response.GetProperty("token").GetString()!;
        Http.DefaultRequestHeaders.Remove(AntiforgeryHeader);
        Http.DefaultRequestHeaders.Add(AntiforgeryHeader, token);
        return token;
    }

    public Task<HttpResponseMessage> RegisterAsync(string email, string password = Password, string displayName = "Test Shopper") =>
        Http.PostAsJsonAsync("/api/auth/register", new { email, password, displayName });

    public Task<HttpResponseMessage> LoginAsync(string email, string password = Password) =>
        Http.PostAsJsonAsync("/api/auth/login", new { email, password });

    /// <summary>Registers a new account, signs in with the cookie, and gets a token for the signed-in identity.</summary>
    public async Task<string> SignUpAsync(string? email = null)
    {
        email ??= NewEmail();
        await RefreshAntiforgeryAsync();
        var response = await RegisterAsync(email);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        await RefreshAntiforgeryAsync();
        return email;
    }

    public async Task<string> MeIdAsync() =>
        (await Http.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("userId").GetString()!;

    /// <summary>A cookie-less client holding a bearer token for the account.</summary>
    public static async Task<HttpClient> BearerAsync(ElaraApiFactory api, string email, string password = Password)
    {
        var client = Plain(api);
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers an account through a browser client and returns a bearer client for it.</summary>
    public static async Task<HttpClient> NewBearerShopperAsync(ElaraApiFactory api)
    {
        var email = await Browser(api).SignUpAsync();
        return await BearerAsync(api, email);
    }
}
