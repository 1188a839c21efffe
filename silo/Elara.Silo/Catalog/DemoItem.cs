namespace Elara.Silo.Catalog;

/// <summary>
/// A kind of thing a demo category sells: the price range such a thing usually has in a UK shop and the materials it
/// is plausibly made of (kept per item so that no generated product is a stoneware knife).
/// </summary>
public sealed record DemoItem(string Noun, decimal MinPrice, decimal MaxPrice, IReadOnlyList<string> Materials);
