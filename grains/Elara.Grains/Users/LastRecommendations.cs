using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;

namespace Elara.Grains.Users;

/// <summary>
/// A shopper's last list with what it was made from. It serves the same request again until <paramref name="Until"/>
/// while the shopper's state (every event makes a new one) and the shelf (catalog and stock) are the very same objects,
/// so a click or a stock change is seen on the next request. A new popular copy is not waited for: it is itself seconds
/// old, and every shopper's list changing with it at once made all of them be computed in the same moment.
/// </summary>
public sealed record LastRecommendations(
    RecommendationRequest Request,
    IReadOnlyCollection<string> Anchors,
    UserState State,
    ProductVectorIndex Shelf,
    DateTimeOffset Until,
    IReadOnlyList<Recommendation> List)
{
    public bool Serves(
        RecommendationRequest request, IReadOnlyCollection<string> anchors, UserState state, ProductVectorIndex shelf, DateTimeOffset now) =>
        now < Until
        && request == Request
        && ReferenceEquals(state, State)
        && ReferenceEquals(shelf, Shelf)
        && anchors.SequenceEqual(Anchors, StringComparer.Ordinal);
}
