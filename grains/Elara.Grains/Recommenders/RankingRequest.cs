namespace Elara.Grains.Recommenders;

/// <summary>
/// One "recommended for you" request: the shopper (none for a list anchored on a product alone; never their own
/// neighbour in "people like you"), their taste, the products the list is anchored on (the one in view, the
/// cart's), what must not be shown, whether things bought before may come back ("buy again"), and the shop's popular
/// products (the cold-start fallback).
/// </summary>
public sealed record RankingRequest(
    string? ShopperId,
    PreferenceVector Taste,
    DateTimeOffset Now,
    int Limit,
    IReadOnlyCollection<string> Anchors,
    IReadOnlySet<string> Excluded,
    bool BuyAgain,
    IReadOnlyList<PopularProduct> Popular);
