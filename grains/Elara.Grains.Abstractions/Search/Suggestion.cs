namespace Elara.Grains.Search;

/// <summary>A completion for a prefix: its text and kind ("product", "category", "query").</summary>
public sealed record Suggestion(string Text, string Kind, string? ProductId);
