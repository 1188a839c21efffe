namespace Elara.Api.Identity;

/// <summary>
/// Who is shopping: the signed-in account, or an anonymous shopper held in a protected cookie. Endpoints take it as a
/// parameter; its id never comes from a route or a body, so no request can point at another shopper's data.
/// </summary>
public sealed record Shopper(string Id, bool IsAnonymous, string? Email, IReadOnlyList<string> Roles)
{
    public static ValueTask<Shopper?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<Shopper?>(context.RequestServices.GetRequiredService<ShopperResolver>().Resolve(context));
}
