using System.Net;
using System.Net.Http.Json;
using Elara.Api.Tests.Infrastructure;
using Elara.Grains.Users;
using Shouldly;

namespace Elara.Api.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class AuthTests(ApiFixture fixture)
{
    readonly ElaraApiFactory api = fixture.Api;

    [Fact]
    public async Task Register_answers_201_with_the_account_and_signs_in_with_an_http_only_cookie()
    {
        var browser = ShopperClient.Browser(api);
        var email = ShopperClient.NewEmail();

        var response = await browser.RegisterAsync(email.ToUpperInvariant(), displayName: "Ann");

        var me = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.ShouldBe("/api/me");
        me.GetProperty("email").GetString().ShouldBe(email);
        me.GetProperty("displayName").GetString().ShouldBe("Ann");
        me.GetProperty("userId").GetString()!.ShouldStartWith("u-");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Shopper]);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("elara.auth=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        (await browser.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me")).GetProperty("email").GetString().ShouldBe(email);
    }

    [Fact]
    public async Task Registering_a_taken_email_answers_409()
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();

        var response = await ShopperClient.Browser(api).RegisterAsync(email);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"email":"not-an-address","password":"long-enough-1","displayName":"Ann"}""")]
    [InlineData("""{"email":"ann@shop.test","password":"short","displayName":"Ann"}""")]
    [InlineData("""{"email":"ann@shop.test","password":"long-enough-1","displayName":"  "}""")]
    [InlineData("""{"email":"Ann <ann@shop.test>","password":"long-enough-1","displayName":"Ann"}""")]
    [InlineData("""{}""")]
    public async Task Register_refuses_invalid_details_with_400(string body)
    {
        var response = await ShopperClient.Plain(api).PostAsync("/api/auth/register", Json.Body(body));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Login_with_the_right_password_answers_200_with_the_account()
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();
        var browser = ShopperClient.Browser(api);

        var response = await browser.LoginAsync($"  {email.ToUpperInvariant()} ");

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("email").GetString().ShouldBe(email);
        (await browser.Http.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_401()
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();

        var wrongPassword = await (await ShopperClient.Browser(api).LoginAsync(email, "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var unknownEmail = await (await ShopperClient.Browser(api).LoginAsync(ShopperClient.NewEmail())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        wrongPassword.GetProperty("title").GetString().ShouldBe(unknownEmail.GetProperty("title").GetString());
        wrongPassword.TryGetProperty("lockedUntil", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused_with_lockedUntil()
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await (await ShopperClient.Browser(api).LoginAsync(email, $"wrong-password-{attempt}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var problem = await (await ShopperClient.Browser(api).LoginAsync(email)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var token = await ShopperClient.Plain(api).PostAsJsonAsync("/api/auth/token", new { email, password = ShopperClient.Password });

        problem.GetProperty("lockedUntil").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        (await token.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).TryGetProperty("lockedUntil", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Logout_answers_204_and_ends_the_cookie_session()
    {
        var browser = ShopperClient.Browser(api);
        await browser.SignUpAsync();

        var response = await browser.Http.PostAsync("/api/auth/logout", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await browser.Http.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_answers_a_one_hour_bearer_token_that_opens_me()
    {
        var email = await ShopperClient.Browser(api).SignUpAsync();

        var response = await ShopperClient.Plain(api).PostAsJsonAsync("/api/auth/token", new { email, password = ShopperClient.Password });

        var token = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        token.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        token.GetProperty("expiresIn").GetInt32().ShouldBe(3600);
        token.GetProperty("refreshToken").GetString().ShouldNotBeNullOrEmpty();
        var bearer = await ShopperClient.BearerAsync(api, email);
        (await bearer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me")).GetProperty("email").GetString().ShouldBe(email);
    }

    [Fact]
    public async Task Token_with_wrong_credentials_answers_401()
    {
        var response = await ShopperClient.Plain(api).PostAsJsonAsync("/api/auth/token", new { email = ShopperClient.NewEmail(), password = "whatever-it-is" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_without_an_account_answers_401_even_for_an_anonymous_shopper()
    {
        var browser = ShopperClient.Browser(api);
        (await browser.Http.GetAsync("/api/cart")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await browser.Http.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer ")]
    public async Task An_invalid_bearer_token_answers_401_even_on_public_routes(string authorization)
    {
        var client = ShopperClient.Plain(api);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        await (await client.GetAsync("/api/cart")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
