using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;

namespace Elara.Grains.Users;

/// <summary>
/// A shopper's last list with what it was made from. It serves the same request again until <paramref name="Until"/>
/// while the shopper's state is the very same object (every event of theirs makes a new one), so their own click is seen
/// on the next request. A new shelf (a price, a stock count, any product changed) keeps the picks while every one is
/// still for sale, shown as the new shelf has them; a pick gone or sold out means a new list. A new popular copy is
/// not waited for: it is itself seconds old, and lists changing with it (or with any catalog change) all at once made
/// every shopper's list be computed in the same moment. The shelf it was carded from is held weakly: a whole shelf
/// (every product's vector) must not live on in an idle shopper's last list after the catalog has moved on.
/// </summary>
public sealed record LastRecommendations(
    RecommendationRequest Request,
    IReadOnlyCollection<string> Anchors,
    UserState State,
    IReadOnlyList<RankedItem> Ranked,
    WeakReference<ProductVectorIndex> Shelf,
    DateTimeOffset Until,
    IReadOnlyList<Recommendation> List)
{
    /// <summary>This list, carded from <paramref name="shelf"/>, when it still serves the request; null when a new one is due.</summary>
    public LastRecommendations? Serving(
        RecommendationRequest request, IReadOnlyCollection<string> anchors, UserState state, ProductVectorIndex shelf, DateTimeOffset now)
    {
        if (now >= Until || request != Request || !ReferenceEquals(state, State) || !anchors.SequenceEqual(Anchors, StringComparer.Ordinal))
        {
            return null;
        }

        if (Shelf.TryGetTarget(out var carded) && ReferenceEquals(shelf, carded))
        {
            return this;
        }

        return Ranked.All(r => shelf.TryGet(r.ProductId, out var facts) && facts.InStock)
            ? this with { Shelf = new(shelf), List = RecommendationCards.From(Ranked, shelf) }
            : null;
    }

    /// <summary>
    /// How long a list made now may serve: between half and all of <paramref name="reuse"/>, fixed per shopper, so lists
    /// made in the same moment (a page of warm-up traffic, a catalog change) do not all run out in the same moment too.
    /// </summary>
    public static TimeSpan Lifetime(string shopperId, TimeSpan reuse)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode, so a shopper's lifetime is the same on every silo.
        var hash = 2166136261u;
        foreach (var c in shopperId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return reuse * (0.5 + (0.5 * hash / uint.MaxValue));
    }
}
