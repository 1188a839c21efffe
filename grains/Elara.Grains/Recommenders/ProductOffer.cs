namespace Elara.Grains.Recommenders;

/// <summary>A product's price and stock as of a catalog change: what may move without its words or vector moving.</summary>
public readonly record struct ProductOffer(string ProductId, decimal Price, int Stock);
