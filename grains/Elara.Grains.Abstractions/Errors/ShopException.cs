namespace Elara.Grains.Errors;

/// <summary>A grain's refusal of a request, with a message fit to show the shopper. Never used for bugs.</summary>
public sealed class ShopException(ShopError error, string message) : Exception(message)
{
    public ShopError Error { get; } = error;

    public static ShopException NotFound(string message) => new(ShopError.NotFound, message);

    public static ShopException Invalid(string message) => new(ShopError.Invalid, message);

    public static ShopException Conflict(string message) => new(ShopError.Conflict, message);
}
