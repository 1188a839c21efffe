using System.Buffers;

namespace Elara.Api.Catalog;

/// <summary>The shape every product id has: 1–64 characters from [A-Za-z0-9._-], checked before any grain is called.</summary>
public static class ProductIds
{
    public const int MaxLength = 64;

    // Every event names a product: a vectorised search, not a delegate call per character.
    static readonly SearchValues<char> Allowed = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && !id.AsSpan().ContainsAnyExcept(Allowed);
}
