using Elara.Grains.Errors;

namespace Elara.Grains.Products;

/// <summary>What a product must look like before it is stored; a broken import row is refused, not half-stored.</summary>
public static class ProductRules
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxCategoryLength = 80;
    public const decimal MaxPrice = 100_000m;
    public const int MaxStock = 1_000_000;
    public const int MaxAttributes = 30;
    public const int MaxAttributeKeyLength = 40;
    public const int MaxAttributeValueLength = 200;

    /// <summary>Ids go into URLs and grain keys, so only letters, digits, '-', '_' and '.'.</summary>
    public static bool IsValidId(string id) =>
        id.Length is >= 1 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Throws ShopException Invalid naming the first rule the product breaks.</summary>
    public static void Check(NewProduct product)
    {
        Require(IsValidId(product.Id), $"product id must be 1 to {MaxIdLength} letters, digits, '-', '_' or '.'");
        Require(HasText(product.Name, MaxNameLength), $"name must be 1 to {MaxNameLength} characters");
        Require(product.Description.Length <= MaxDescriptionLength, $"description must be at most {MaxDescriptionLength} characters");
        Require(HasText(product.Category, MaxCategoryLength), $"category must be 1 to {MaxCategoryLength} characters");
        Require(
            product.Price is > 0 and <= MaxPrice && decimal.Round(product.Price, 2) == product.Price,
            $"price must be more than 0 and at most {MaxPrice}, with at most 2 decimals");
        Require(product.Stock is >= 0 and <= MaxStock, $"stock must be 0 to {MaxStock}");
        var attributes = product.Attributes ?? new Dictionary<string, string>();
        Require(attributes.Count <= MaxAttributes, $"a product has at most {MaxAttributes} attributes");
        Require(
            attributes.All(a => HasText(a.Key, MaxAttributeKeyLength) && a.Value.Length <= MaxAttributeValueLength),
            $"attribute names must be 1 to {MaxAttributeKeyLength} characters and values at most {MaxAttributeValueLength}");
    }

    static bool HasText(string value, int maxLength) => !string.IsNullOrWhiteSpace(value) && value.Length <= maxLength;

    static void Require(bool rule, string message)
    {
        if (!rule)
        {
            throw ShopException.Invalid(message);
        }
    }
}
