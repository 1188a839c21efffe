namespace Elara.Grains.Recommenders;

/// <summary>A shopper touched <paramref name="ProductId"/> right after <paramref name="Recent"/> (newest first).</summary>
public sealed record CoOccurrence(string ProductId, IReadOnlyList<string> Recent, double Weight);
