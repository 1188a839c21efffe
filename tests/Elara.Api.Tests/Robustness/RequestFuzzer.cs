using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Elara.Api.Tests.Infrastructure;

namespace Elara.Api.Tests.Robustness;

/// <summary>
/// Makes odd requests from a seeded <see cref="Random"/>: real routes with right and wrong methods, ids good and bad,
/// bodies that are valid, truncated, mistyped, huge, deeply nested or not UTF-8, any Content-Type, and any mix of
/// credentials (none, cookies, bearer tokens, antiforgery tokens, forged ones).
/// </summary>
public sealed class RequestFuzzer(int seed, FuzzCredentials credentials)
{
    static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    static readonly (string Method, string Path)[] Routes =
    [
        ("GET", "/api/categories"), ("GET", "/api/products{query}"), ("GET", "/api/products/{pid}"),
        ("POST", "/api/admin/products"), ("PATCH", "/api/admin/products/{pid}"), ("PUT", "/api/admin/users/{email}/roles"),
        ("POST", "/api/auth/register"), ("POST", "/api/auth/login"), ("POST", "/api/auth/token"), ("POST", "/api/auth/logout"),
        ("GET", "/api/auth/antiforgery"), ("GET", "/api/me"), ("POST", "/api/events"),
        ("GET", "/api/cart"), ("POST", "/api/cart/items"), ("PATCH", "/api/cart/items/{pid}"), ("DELETE", "/api/cart/items/{pid}"),
        ("POST", "/api/checkout"), ("GET", "/api/orders"), ("GET", "/api/orders/{oid}"),
        ("GET", "/api/wishlist"), ("POST", "/api/wishlist/{pid}"), ("DELETE", "/api/wishlist/{pid}"),
        ("GET", "/api/{garbage}"), ("POST", "/api/{garbage}/{pid}"), ("GET", "/health/ready"),
    ];

    static readonly string[] Fields =
    [
        "email", "password", "displayName", "productId", "quantity", "type", "query", "cardNumber", "roles",
        "id", "name", "description", "category", "price", "stock", "attributes", "imageUrl", "shopperId",
    ];

    static readonly string[] EventTypes = ["view", "search", "click", "add_to_cart", "remove_from_cart", "purchase", "wishlist", "View", "fly"];

    static readonly string[] ContentTypes =
    [
        "application/json", "application/json", "application/json", "application/json; charset=utf-8", "application/json; charset=utf-16",
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/problem+json",
        "application/xml", "*/*", "application/vnd.api+json",
    ];

    readonly Random random = new(seed);

    public HttpRequestMessage Next()
    {
        var (routeMethod, template) = Pick(Routes);
        var method = random.Next(5) == 0 ? Pick(Methods) : routeMethod;
        var path = template
            .Replace("{query}", Query(), StringComparison.Ordinal)
            .Replace("{pid}", Segment(credentials.ProductId), StringComparison.Ordinal)
            .Replace("{oid}", Segment(credentials.OrderId), StringComparison.Ordinal)
            .Replace("{email}", Segment(credentials.Email), StringComparison.Ordinal)
            .Replace("{garbage}", Uri.EscapeDataString(Text(20)), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is not ("GET" or "HEAD") || random.Next(10) == 0)
        {
            request.Content = Body();
        }

        AddCredentials(request);
        if (template == "/api/checkout" || random.Next(20) == 0)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey());
        }

        return request;
    }

    void AddCredentials(HttpRequestMessage request)
    {
        var cookies = new List<string>();
        switch (random.Next(6))
        {
            case 0:
                break;
            case 1:
                cookies.Add($"elara.shopper={credentials.AnonymousCookie}");
                cookies.Add($"elara.antiforgery={credentials.AnonymousAntiforgeryCookie}");
                break;
            case 2:
                cookies.Add($"elara.auth={credentials.AuthCookie}");
                cookies.Add($"elara.antiforgery={credentials.AuthAntiforgeryCookie}");
                break;
            case 3:
                cookies.Add($"elara.shopper={Mangle(credentials.AnonymousCookie)}");
                break;
            case 4:
                cookies.Add($"elara.auth={Mangle(credentials.AuthCookie)}");
                cookies.Add($"elara.shopper={credentials.AnonymousCookie}");
                break;
            default:
                cookies.Add($"{Pick(["elara.auth", "elara.shopper", "elara.antiforgery", "XSRF-TOKEN"])}={Uri.EscapeDataString(Text(40))}");
                break;
        }

        if (cookies.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", cookies));
        }

        switch (random.Next(5))
        {
            case 0:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.BearerToken);
                break;
            case 1:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.AdminBearerToken);
                break;
            case 2:
                request.Headers.TryAddWithoutValidation("Authorization", Pick(["Bearer", "Bearer " + Mangle(credentials.BearerToken), "Basic YTpi", "Bearer \u00ff"]));
                break;
        }

        switch (random.Next(4))
        {
            case 0:
                request.Headers.TryAddWithoutValidation("X-XSRF-TOKEN", credentials.AnonymousAntiforgeryToken);
                break;
            case 1:
                request.Headers.TryAddWithoutValidation("X-XSRF-TOKEN", credentials.AuthAntiforgeryToken);
                break;
            case 2:
                request.Headers.TryAddWithoutValidation("X-XSRF-TOKEN", Mangle(credentials.AuthAntiforgeryToken));
                break;
        }
    }

    HttpContent Body()
    {
        var bytes = random.Next(12) switch
        {
            0 => [],
            1 => RandomBytes(random.Next(1, 300)),
            2 => Encoding.UTF8.GetBytes(Nested(random.Next(10, 3_000))),
            3 => Encoding.UTF8.GetBytes($"{{\"{Pick(Fields)}\":\"{new string('x', random.Next(60_000, 70_000))}\"}}"),
            4 => Truncate(Encoding.UTF8.GetBytes(JsonBody())),
            5 => WithInvalidUtf8(Encoding.UTF8.GetBytes(JsonBody())),
            6 => Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(0, random.Next(1, 130)).Select(_ => EventJson())) + "]"),
            7 => Encoding.UTF8.GetBytes(EventJson()),
            _ => Encoding.UTF8.GetBytes(JsonBody()),
        };
        var content = new ByteArrayContent(bytes);
        if (random.Next(10) > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", Pick(ContentTypes));
        }

        return content;
    }

    string JsonBody()
    {
        var fields = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pick(Fields)).Distinct();
        return "{" + string.Join(",", fields.Select(f => $"\"{f}\":{Value(f, depth: 0)}")) + "}";
    }

    string EventJson() =>
        $"{{\"type\":{Pick([$"\"{Pick(EventTypes)}\"", Value("type", 1)])},\"productId\":{Value("productId", 1)},\"query\":{Value("query", 1)},\"quantity\":{Value("quantity", 1)}}}";

    /// <summary>A plausible value for the field most of the time, anything JSON allows (and some it does not) otherwise.</summary>
    string Value(string field, int depth) => random.Next(4) == 0
        ? Anything(depth)
        : field switch
        {
            "email" => Quote(Pick([credentials.Email, ApiFixture.AdminEmail, $"fuzz-{random.Next(1000)}@elara.test", Text(10)])),
            "password" or "cardNumber" => Quote(Pick(["correct-horse-battery", "4242424242424242", "4000000000000002", "4000000000009995", Text(12)])),
            "productId" or "id" => Quote(Pick([credentials.ProductId, "p-unknown", Text(8), new string('p', 65)])),
            "quantity" or "stock" => Number(),
            "price" => Pick(["9.99", "0", "-1", "1e400", "100000.001", "79228162514264337593543950336"]),
            "type" => Quote(Pick(EventTypes)),
            "roles" => $"[{string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Quote(Pick(["shopper", "admin", "ops", "marketing", "root"]))))}]",
            "attributes" => $"{{{Quote(Text(5))}:{Pick([Quote(Text(5)), "null", "1"])}}}",
            _ => Quote(Text(random.Next(0, 250))),
        };

    string Anything(int depth) => random.Next(depth > 3 ? 6 : 8) switch
    {
        0 => "null",
        1 => Pick(["true", "false"]),
        2 => Number(),
        3 => Quote(Text(random.Next(0, 40))),
        4 => Quote(new string('z', random.Next(200, 5_000))),
        5 => Pick(["\"\\ud800\"", "\"\\u0000\"", "\"\\uffff\"", "\"\\/\\\\\\\"\""]),
        6 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Anything(depth + 1))) + "]",
        _ => "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => $"{Quote(Pick(Fields))}:{Anything(depth + 1)}")) + "}",
    };

    string Number() => Pick(
    [
        random.Next(-5, 120).ToString(CultureInfo.InvariantCulture), "2147483648", "-2147483649", "1e9", "1e400", "-0", "0.5",
        "99999999999999999999999", "1", "2", "NaN", "Infinity", "0x10", "01",
    ]);

    string Query() => random.Next(3) == 0
        ? ""
        : "?" + string.Join("&", Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            $"{Pick(["page", "pageSize", "category", "page", "x"])}={Uri.EscapeDataString(Pick([Number().Trim('"'), Text(6), "Lamps", ""]))}"));

    string Segment(string good) => random.Next(6) switch
    {
        0 => Uri.EscapeDataString(Text(random.Next(1, 80))),
        1 => new string('a', random.Next(60, 200)),
        2 => Pick(["..", "%2e%2e", "a%2Fb", "%C3%A9", "%FF", "%20"]),
        _ => good,
    };

    string IdempotencyKey() => Pick(["", "   ", "k-" + random.Next(50), new string('k', random.Next(95, 120)), "tab\tkey", Guid.NewGuid().ToString()]);

    string Text(int length)
    {
        const string alphabet = "abcXYZ019 -_.@/\\\"'<>{}[]%&?#=+é漢😀\u0001\u007f";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    string Nested(int depth) => random.Next(2) == 0
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    byte[] Truncate(byte[] bytes) => bytes.Length < 2 ? bytes : bytes[..random.Next(1, bytes.Length)];

    byte[] WithInvalidUtf8(byte[] bytes)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. Pick<byte[]>([[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80, 0x80]]), .. bytes[at..]];
    }

    string Mangle(string value)
    {
        if (value.Length == 0)
        {
            return "x";
        }

        var chars = value.ToCharArray();
        chars[random.Next(chars.Length)] = (char)('A' + random.Next(26));
        return new string(chars);
    }

    T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
