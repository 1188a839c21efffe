using Elara.Api.Catalog;
using Elara.Grains.Products;

namespace Elara.Api.Admin;

/// <summary>
/// What must hold before a product body reaches a grain: an id fit for a grain key, no missing (null) text, and an image
/// URL that is safe to put in a page. The product grain's own rules (lengths, price, stock) answer 422 for the rest.
/// </summary>
public static class ProductValidation
{
    const int MaxImageUrlLength = 2_000;

    public static Dictionary<string, string[]> Validate(NewProduct product)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ProductIds.IsValid(product.Id))
        {
            errors["id"] = [$"The id must have 1 to {ProductIds.MaxLength} characters from A-Z, a-z, 0-9, '.', '_' and '-'."];
        }

        if (product.Name is null)
        {
            errors["name"] = ["The name is required."];
        }

        if (product.Category is null)
        {
            errors["category"] = ["The category is required."];
        }

        CheckAttributes(errors, product.Attributes);
        CheckImageUrl(errors, product.ImageUrl);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(ProductChange change)
    {
        var errors = new Dictionary<string, string[]>();
        if (change == new ProductChange())
        {
            errors[""] = ["Name at least one field to change."];
        }

        CheckAttributes(errors, change.Attributes);
        CheckImageUrl(errors, change.ImageUrl);
        return errors;
    }

    static void CheckAttributes(Dictionary<string, string[]> errors, IReadOnlyDictionary<string, string>? attributes)
    {
        if (attributes?.Values.Any(value => value is null) == true)
        {
            errors["attributes"] = ["Attribute values must be strings."];
        }
    }

    static void CheckImageUrl(Dictionary<string, string[]> errors, string? imageUrl)
    {
        if (imageUrl is not null && (imageUrl.Length > MaxImageUrlLength || !IsImageUrl(imageUrl)))
        {
            errors["imageUrl"] = [$"The image URL must be an http(s) URL or a path starting with '/', at most {MaxImageUrlLength} characters."];
        }
    }

    // Only http(s) or a same-site path: a "javascript:" or "data:" URL would run or smuggle content in the shop's pages.
    static bool IsImageUrl(string url) =>
        url.Length == 0
        || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
