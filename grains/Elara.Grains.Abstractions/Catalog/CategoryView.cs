namespace Elara.Grains.Catalog;

/// <summary>A category: its URL-safe slug, display name and how many products it holds.</summary>
public sealed record CategoryView(string Slug, string Name, int ProductCount);
