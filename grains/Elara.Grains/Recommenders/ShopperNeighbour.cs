namespace Elara.Grains.Recommenders;

/// <summary>A shopper (by index) like the one being served, with the cosine of their product sets.</summary>
readonly record struct ShopperNeighbour(int Shopper, double Similarity);
