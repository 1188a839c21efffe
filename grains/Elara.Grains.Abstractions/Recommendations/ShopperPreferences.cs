namespace Elara.Grains.Recommendations;

/// <summary>
/// What a shopper's behaviour says they like, strongest first: category affinities (0..1, decayed), the price band
/// they buy in, and the products of the current session's intent.
/// </summary>
public sealed record ShopperPreferences(
    IReadOnlyList<CategoryAffinityScore> Categories,
    decimal? TypicalPrice,
    IReadOnlyList<string> SessionProducts,
    long Events);
