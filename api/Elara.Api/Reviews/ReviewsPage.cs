using Elara.Grains.Products;

namespace Elara.Api.Reviews;

public sealed record ReviewsPage(string ProductId, int Count, double Average, IReadOnlyList<ReviewView> Items)
{
    public static ReviewsPage From(string productId, ProductReviews reviews) =>
        new(productId, reviews.Count, reviews.Average, [.. reviews.Latest.Select(r => new ReviewView(r.Author, r.Rating, r.Text, r.At))]);
}
