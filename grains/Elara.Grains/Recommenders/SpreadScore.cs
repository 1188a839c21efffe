namespace Elara.Grains.Recommenders;

/// <summary>
/// A product's score from one spread over the item graph. Co-occurrence: the sum over the shopper's products, the product
/// that contributed most (<paramref name="Because"/>, the "because you ... X" of a reason) and how often the two occurred
/// together (<paramref name="Times"/>, its social proof). People like you: the sum of the neighbours' similarities, and
/// how many of them have it (<paramref name="Times"/>; no <paramref name="Because"/>).
/// </summary>
public readonly record struct SpreadScore(double Score, int Times, string? Because, double BecauseContribution);
