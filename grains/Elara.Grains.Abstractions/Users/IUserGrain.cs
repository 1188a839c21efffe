using Elara.Grains.Behaviour;
using Elara.Grains.Recommendations;
using Elara.Runtime;

namespace Elara.Grains.Users;

/// <summary>
/// A shopper (key: a user id "u-…" or an anonymous id "a-…"): profile and roles for accounts, recent activity,
/// wishlist and order list. Behaviour events enter here and fan out to product grains and the behaviour stream.
/// </summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>The account profile, or null for an anonymous shopper.</summary>
    [ReadOnly]
    Task<UserProfile?> GetProfileAsync();

    /// <summary>Makes this shopper an account holder (at registration); Conflict when it already is.</summary>
    Task<UserProfile> CreateProfileAsync(string email, string displayName, IReadOnlyList<string> roles);

    Task<UserProfile> SetRolesAsync(IReadOnlyList<string> roles);

    /// <summary>
    /// Records events and passes them on to products, the item graph and the behaviour stream; answers once they are
    /// stored. When an event names a product that does not exist, nothing is recorded and those product ids are returned.
    /// </summary>
    Task<IReadOnlyList<string>> TrackAsync(IReadOnlyList<BehaviourEvent> events);

    [ReadOnly]
    Task<ShopperActivity> GetActivityAsync();

    /// <summary>The shopper's live preferences (category affinities, price band, session intent), updated by every event.</summary>
    [ReadOnly]
    Task<ShopperPreferences> GetPreferencesAsync();

    /// <summary>"Recommended for you": ranked from the live preference vector, in stock, never what was bought or hidden, each with a reason.</summary>
    /// <remarks>It only reads, and may ask the shopper's cart while the cart (at checkout) is calling this grain, so it interleaves.</remarks>
    [AlwaysInterleave]
    Task<IReadOnlyList<Recommendation>> RecommendAsync(RecommendationRequest request);

    /// <summary>Never recommend <paramref name="productId"/> to this shopper again (NotFound for an unknown product).</summary>
    Task HideAsync(string productId);

    [ReadOnly]
    Task<IReadOnlyList<string>> GetWishlistAsync();

    /// <summary>Adds a product (NotFound for an unknown one); adding twice keeps one entry.</summary>
    Task<IReadOnlyList<string>> AddToWishlistAsync(string productId);

    Task<IReadOnlyList<string>> RemoveFromWishlistAsync(string productId);

    Task AddOrderAsync(string orderId);

    [ReadOnly]
    Task<IReadOnlyList<string>> GetOrderIdsAsync();

    /// <summary>Takes over an anonymous shopper's activity and wishlist (at sign-in) and empties the anonymous one.</summary>
    Task MergeFromAsync(string anonymousId);

    /// <summary>Hands this shopper's activity and wishlist over and forgets them (the other side of a merge).</summary>
    Task<ShopperActivity> HandOverAsync();
}
