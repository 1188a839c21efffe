namespace Elara.Grains.Users;

/// <summary>The roles an account can hold; admin can do everything marketing and ops can.</summary>
public static class Roles
{
    public const string Shopper = "shopper";
    public const string Marketing = "marketing";
    public const string Ops = "ops";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Shopper, Marketing, Ops, Admin];
}
