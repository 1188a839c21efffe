namespace Elara.Grains.Search;

/// <summary>
/// The parse plus what <see cref="ParsedQuery"/> has no field for: <paramref name="Cheap"/> means the shopper said
/// "cheap" without a number, which the search turns into a price bound over the matching set.
/// </summary>
public sealed record QueryIntent(ParsedQuery Parsed, bool Cheap);
