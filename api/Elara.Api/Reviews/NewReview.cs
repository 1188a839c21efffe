using Elara.Grains.Products;

namespace Elara.Api.Reviews;

/// <summary>Body of POST /api/products/{id}/reviews.</summary>
public sealed record NewReview(int? Rating, string? Text)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Rating is not (>= 1 and <= 5))
        {
            errors["rating"] = ["The rating must be 1 to 5 stars."];
        }

        if (Text is null || Text.Length > ProductReview.MaxText || Text.Any(c => char.IsControl(c) && c is not ('\n' or '\r')))
        {
            errors["text"] = [$"The text must have at most {ProductReview.MaxText} printable characters."];
        }

        return errors;
    }
}
