namespace Elara.Bench.Search.Queries;

/// <summary>
/// A query as a shopper typed it (<paramref name="Text"/>) and the same without its price phrase
/// (<paramref name="PlainText"/>) plus that phrase as a filter, for a system that cannot parse "under £5".
/// </summary>
public sealed record EvalQuery(string Text, string PlainText, decimal? MaxPrice);
