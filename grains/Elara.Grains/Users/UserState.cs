using System.Collections.Immutable;
using Elara.Grains.Behaviour;
using Elara.Grains.Errors;
using Elara.Grains.Recommenders;

namespace Elara.Grains.Users;

/// <summary>A shopper as stored: profile (accounts only), recent activity, wishlist, orders and event counts.</summary>
public sealed record UserState
{
    public const int RecentlyViewedKept = 50;
    public const int RecentSearchesKept = 20;
    public const int MaxWishlist = 200;
    public const int MaxDisplayName = 100;
    public const int BoughtKept = 500;

    public UserProfile? Profile { get; init; }

    public ImmutableArray<string> RecentlyViewed { get; init; } = [];

    public ImmutableArray<string> RecentSearches { get; init; } = [];

    /// <summary>Newest first.</summary>
    public ImmutableArray<string> Wishlist { get; init; } = [];

    /// <summary>Newest first.</summary>
    public ImmutableArray<string> OrderIds { get; init; } = [];

    /// <summary>Products bought, newest first: recommendations never offer them again.</summary>
    public ImmutableArray<string> Bought { get; init; } = [];

    /// <summary>Products the shopper asked never to be recommended, newest first.</summary>
    public ImmutableArray<string> Hidden { get; init; } = [];

    /// <summary>The live preference vector, learned from every event.</summary>
    public PreferenceVector Taste { get; init; } = PreferenceVector.Empty;

    /// <summary>The position of the last behaviour-log entry this state holds: a replay starts after it.</summary>
    public long Logged { get; init; }

    /// <summary>How many events of each kind (by <see cref="BehaviourKind"/> name) the shopper caused.</summary>
    public ImmutableDictionary<string, long> EventCounts { get; init; } = ImmutableDictionary<string, long>.Empty;

    public UserState WithProfile(string userId, string email, string displayName, ImmutableList<string> roles, DateTimeOffset at)
    {
        if (Profile is not null)
        {
            throw ShopException.Conflict("this shopper already has an account");
        }

        var name = displayName.Trim();
        if (name.Length is 0 or > MaxDisplayName)
        {
            throw ShopException.Invalid($"display name must be 1 to {MaxDisplayName} characters");
        }

        return this with { Profile = new UserProfile(userId, email, name, roles, at) };
    }

    /// <summary>
    /// The state after <paramref name="events"/> (oldest first), in one step: each list is rebuilt once per batch rather
    /// than once per event, with the same result as applying the events one at a time.
    /// </summary>
    public UserState With(IReadOnlyList<BehaviourEvent> events)
    {
        var counts = EventCounts.ToBuilder();
        foreach (var kind in events.GroupBy(e => e.Kind))
        {
            var name = kind.Key.ToString();
            counts[name] = counts.GetValueOrDefault(name) + kind.Count();
        }

        return this with
        {
            RecentlyViewed = NewestFirst(RecentlyViewed, events, e => e is { Kind: BehaviourKind.View, ProductId: { } id } ? id : null, RecentlyViewedKept, StringComparer.Ordinal),
            RecentSearches = NewestFirst(RecentSearches, events, e => e is { Kind: BehaviourKind.Search, Query: { } q } && !string.IsNullOrWhiteSpace(q) ? q.Trim() : null, RecentSearchesKept, StringComparer.OrdinalIgnoreCase),
            Bought = NewestFirst(Bought, events, e => e is { Kind: BehaviourKind.Purchase, ProductId: { } id } ? id : null, BoughtKept, StringComparer.Ordinal),
            EventCounts = counts.ToImmutable(),
        };
    }

    static ImmutableArray<string> NewestFirst(
        ImmutableArray<string> list, IReadOnlyList<BehaviourEvent> events, Func<BehaviourEvent, string?> item, int keep, StringComparer comparer)
    {
        var newer = new List<string>();
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (item(events[i]) is { } value)
            {
                newer.Add(value);
            }
        }

        return newer.Count == 0 ? list : RecentList.Merge(newer, list, keep, comparer);
    }

    /// <summary>Adds a product to the wishlist (first); unchanged when it is there, Invalid when the list is full.</summary>
    public UserState WithWish(string productId)
    {
        if (Wishlist.Contains(productId))
        {
            return this;
        }

        return Wishlist.Length < MaxWishlist
            ? this with { Wishlist = Wishlist.Insert(0, productId) }
            : throw ShopException.Invalid($"a wishlist holds at most {MaxWishlist} products");
    }

    public const int HiddenKept = 500;

    public UserState WithHidden(string productId) => this with { Hidden = RecentList.Push(Hidden, productId, HiddenKept, StringComparer.Ordinal) };

    public UserState WithoutWish(string productId) => this with { Wishlist = Wishlist.Remove(productId) };

    public UserState WithOrder(string orderId) => OrderIds.Contains(orderId) ? this : this with { OrderIds = OrderIds.Insert(0, orderId) };

    public ShopperActivity ToActivity() => new(RecentlyViewed, RecentSearches, Wishlist, EventCounts);

    /// <summary>The state after handing the activity and wishlist to another shopper (profile and orders stay).</summary>
    public UserState WithoutActivity() => this with
    {
        RecentlyViewed = [],
        RecentSearches = [],
        Wishlist = [],
        EventCounts = ImmutableDictionary<string, long>.Empty,
    };

    /// <summary>
    /// Takes over an anonymous shopper's activity. It happened just before sign-in, so its entries come first in the
    /// newest-first lists (the wishlist too, up to its limit); counts are added.
    /// </summary>
    public UserState Merge(ShopperActivity other) => this with
    {
        RecentlyViewed = RecentList.Merge(other.RecentlyViewed, RecentlyViewed, RecentlyViewedKept, StringComparer.Ordinal),
        RecentSearches = RecentList.Merge(other.RecentSearches, RecentSearches, RecentSearchesKept, StringComparer.OrdinalIgnoreCase),
        Wishlist = RecentList.Merge(other.Wishlist, Wishlist, MaxWishlist, StringComparer.Ordinal),
        EventCounts = other.EventCounts.Aggregate(EventCounts, (counts, c) => counts.SetItem(c.Key, counts.GetValueOrDefault(c.Key) + c.Value)),
    };
}
