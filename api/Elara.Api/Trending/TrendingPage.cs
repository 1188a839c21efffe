using Elara.Grains.Trending;

namespace Elara.Api.Trending;

/// <summary>GET /api/trending's answer: the window and category asked for, and the products best first.</summary>
public sealed record TrendingPage(TrendingWindow Window, string? Category, IReadOnlyList<TrendingItem> Items);
