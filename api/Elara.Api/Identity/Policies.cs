namespace Elara.Api.Identity;

/// <summary>Authorization policy names; admin passes every role policy.</summary>
public static class Policies
{
    public const string SignedIn = "signed-in";
    public const string Marketing = "marketing";
    public const string Ops = "ops";
    public const string Admin = "admin";
}
