namespace Elara.Grains.Search;

/// <summary>Counts of the matching products by one field's values (category, colour, material, price band).</summary>
public sealed record Facet(string Field, IReadOnlyList<FacetValue> Values);
