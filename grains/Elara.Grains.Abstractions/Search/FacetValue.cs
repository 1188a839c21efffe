namespace Elara.Grains.Search;

public sealed record FacetValue(string Value, int Count);
