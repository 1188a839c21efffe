namespace Elara.Grains.Products;

/// <summary>One shopper's review of a product: 1 to 5 stars and what they wrote, under the name they chose.</summary>
public sealed record ProductReview(string ShopperId, string Author, int Rating, string Text, DateTimeOffset At)
{
    public const int MaxText = 2000;
}
