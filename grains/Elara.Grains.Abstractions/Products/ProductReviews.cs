namespace Elara.Grains.Products;

/// <summary>A product's reviews: how many, the average rating, and the latest ones, newest first.</summary>
public sealed record ProductReviews(int Count, double Average, IReadOnlyList<ProductReview> Latest);
