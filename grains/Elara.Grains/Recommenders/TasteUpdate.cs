namespace Elara.Grains.Recommenders;

/// <summary>What one batch of a shopper's events teaches: their new taste, and what the item graph learns from it.</summary>
public sealed record TasteUpdate(PreferenceVector Taste, ItemGraphChange Graph);
