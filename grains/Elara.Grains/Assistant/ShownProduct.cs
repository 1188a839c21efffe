namespace Elara.Grains.Assistant;

/// <summary>A product the assistant showed, remembered so "the second one" or "that lamp" can find it again.</summary>
public sealed record ShownProduct(int Position, string Id, string Name, string Category, decimal Price);
