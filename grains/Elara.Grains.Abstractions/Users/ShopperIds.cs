namespace Elara.Grains.Users;

/// <summary>Shopper ids: "u-" for accounts, "a-" for anonymous shoppers (held in a protected cookie).</summary>
public static class ShopperIds
{
    public static string NewUser() => "u-" + Guid.NewGuid().ToString("N");

    public static string NewAnonymous() => "a-" + Guid.NewGuid().ToString("N");

    public static bool IsAnonymous(string shopperId) => shopperId.StartsWith("a-", StringComparison.Ordinal);
}
