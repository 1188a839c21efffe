namespace Elara.Grains.Users;

/// <summary>What a shopper did lately, newest first (bounded lists), and counts of everything they did.</summary>
public sealed record ShopperActivity(
    IReadOnlyList<string> RecentlyViewed,
    IReadOnlyList<string> RecentSearches,
    IReadOnlyList<string> Wishlist,
    IReadOnlyDictionary<string, long> EventCounts);
