namespace Elara.Api.Catalog;

/// <summary>The shape every product id has: 1–64 characters from [A-Za-z0-9._-], checked before any grain is called.</summary>
public static class ProductIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
