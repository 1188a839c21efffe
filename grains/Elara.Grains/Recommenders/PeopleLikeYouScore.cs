namespace Elara.Grains.Recommenders;

/// <summary>
/// A product's "people like you" score (the sum of its shoppers' amplified similarities to this shopper) and how many
/// of the shopper's neighbours have it (the social proof of its reason).
/// </summary>
public readonly record struct PeopleLikeYouScore(double Score, int Shoppers);
