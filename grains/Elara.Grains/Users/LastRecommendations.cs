using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;

namespace Elara.Grains.Users;

/// <summary>
/// A shopper's last picks with what they were made from. They serve the same request again until <paramref name="Until"/>
/// while the shopper's state is the very same object (every event of theirs makes a new one), so their own click is seen
/// on the next request, and while every pick is still for sale on the current shelf (a pick gone or sold out means a
/// new list). Only the picks are kept: each request cards them from the shelf it reads, so prices and stock are current,
/// and a list that lives its seconds leaves the collector ten small records to promote rather than ten cards. A new
/// popular copy is not waited for: it is itself seconds old, and lists changing with it (or with any catalog change)
/// all at once made every shopper's list be computed in the same moment.
/// </summary>
public sealed record LastRecommendations(
    RecommendationRequest Request,
    IReadOnlyCollection<string> Anchors,
    UserState State,
    IReadOnlyList<RankedItem> Ranked,
    DateTimeOffset Until)
{
    /// <summary>The picks carded from <paramref name="shelf"/> when they still serve the request; null when a new list is due.</summary>
    public IReadOnlyList<Recommendation>? Serving(
        RecommendationRequest request, IReadOnlyCollection<string> anchors, UserState state, ProductVectorIndex shelf, DateTimeOffset now) =>
        now < Until && request == Request && ReferenceEquals(state, State) && anchors.SequenceEqual(Anchors, StringComparer.Ordinal)
            && Ranked.All(r => shelf.TryGet(r.ProductId, out var facts) && facts.InStock)
                ? RecommendationCards.From(Ranked, shelf)
                : null;

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
