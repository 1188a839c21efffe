namespace Elara.Grains.Recommenders;

/// <summary>
/// The recommender's knobs, one set for the live shop and the offline evaluation (so its figures describe the shop).
/// The defaults were chosen on the Online Retail split documented in docs/benchmarks.md.
/// </summary>
public sealed record RecommenderOptions
{
    /// <summary>How fast a shopper's taste forgets an event.</summary>
    public HalfLife TasteHalfLife { get; init; } = new(TimeSpan.FromDays(30));

    /// <summary>
    /// Products a preference vector remembers (the weakest go first): what buy-again and "new to the shopper" know of.
    /// On the Online Retail split forgetting past 200 cost item-kNN's own signal about 7% of its NDCG, so it is generous.
    /// </summary>
    public int MaxItems { get; init; } = 1000;

    public int MaxCategories { get; init; } = 20;

    /// <summary>The recent products a new interaction co-occurs with, and the session's intent.</summary>
    public int RecentKept { get; init; } = 20;

    /// <summary>Recent products within this span of the newest event are the session's intent.</summary>
    public TimeSpan SessionSpan { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Partners an item row keeps, in either matrix (the weakest are dropped when it overflows). Cosine gives a rare
    /// partner seen once a high similarity, so cutting rows to 600 lost the shared term most of its gain on the Online
    /// Retail split; 5,000 keeps whole rows for catalogs of that size and still bounds memory for larger ones.
    /// </summary>
    public int MaxPartners { get; init; } = 5000;

    /// <summary>
    /// The most similar partners per product that ranking spreads over in the recent matrix (and "similar" lists): it
    /// bounds a request's work and drops the long tail of weak partners.
    /// </summary>
    public int Neighbours { get; init; } = 100;

    /// <summary>The same for the shared matrix: classic item-kNN's neighbourhood size.</summary>
    public int SharedNeighbours { get; init; } = 100;

    /// <summary>
    /// Shared similarities are raised to this power before they are summed ("case amplification"), so a few close
    /// neighbours outweigh many loose ones.
    /// </summary>
    public double SharedAmplification { get; init; } = 3;

    /// <summary>
    /// The shopper's latest products the shared term is summed over and "people like you" finds neighbours by, so a
    /// request's work is bounded.
    /// </summary>
    public int SharedSeeds { get; init; } = 200;

    /// <summary>
    /// The shopper's latest products a product new to them is paired with in the shared matrix, so one event costs every
    /// silo a bounded number of pairs whatever the shopper's history.
    /// </summary>
    public int SharedContext { get; init; } = 150;

    /// <summary>A basket pair counts this much against one co-occurrence of a shopper's recent products.</summary>
    public double BasketWeight { get; init; } = 2;

    /// <summary>Similarity = co / (occ_i^a * occ_j^b): a = b = 0.5 is cosine; a = 1 is "of those who took i, how many took j".</summary>
    public double SimilarityAsymmetry { get; init; } = 0.5;

    /// <summary>The b above: how much a partner's own popularity counts against it (RP3beta's beta).</summary>
    public double PartnerPopularityPenalty { get; init; } = 0.5;

    /// <summary>
    /// A shopper who touched n products adds 1/n^d to each pair they make, so a few huge accounts do not decide what goes
    /// with what (0 = every shopper's pairs count fully).
    /// </summary>
    public double HeavyShopperDamping { get; init; } = 0.5;

    /// <summary>The strongest products of a shopper's taste that seed collaborative candidates.</summary>
    public int Seeds { get; init; } = 50;

    /// <summary>Extra weight of the session's products over their decayed affinity.</summary>
    public double SessionBoost { get; init; } = 1.0;

    public double CollaborativeWeight { get; init; } = 1.0;

    /// <summary>Weight of what shoppers have in common over their whole history (item-kNN's signal), from all of the shopper's products.</summary>
    public double SharedWeight { get; init; } = 0.5;

    /// <summary>
    /// Weight of "people like you" (user-kNN): what the shoppers whose products overlap this shopper's most took lately.
    /// Item-kNN does not have this signal; on the Online Retail split it lifted "new" more than any re-weighting of the others.
    /// </summary>
    public double PeopleLikeYouWeight { get; init; } = 1.5;

    /// <summary>The latest products "people like you" keeps per shopper: memory per shopper, and a neighbour's size in their similarity.</summary>
    public int ShopperProducts { get; init; } = 200;

    /// <summary>
    /// The latest shoppers "people like you" keeps per product, which finding neighbours walks. Walking 200 found worse
    /// neighbours than 1,000 on the Online Retail split (few products there have more).
    /// </summary>
    public int ProductShoppers { get; init; } = 1000;

    /// <summary>
    /// The shoppers "people like you" keeps on each silo (up to about 1 KB each with their products): past it a new shopper
    /// takes the place of the one who has learned nothing new for longest, so memory stays bounded however many
    /// shoppers come.
    /// </summary>
    public int MaxShoppers { get; init; } = 1_000_000;

    /// <summary>The shoppers most like this one whose products "people like you" spreads.</summary>
    public int ShopperNeighbours { get; init; } = 50;

    /// <summary>Each neighbour's latest products that "people like you" spreads (all 200 kept spread worse than the latest 50).</summary>
    public int NeighbourProducts { get; init; } = 50;

    /// <summary>
    /// The strongest "people like you" products that are scored. On the Online Retail split 50 and 100 gave the same
    /// lists as 300 (the ones beyond never made a list), at a fraction of the scoring cost.
    /// </summary>
    public int PeopleLikeYouCandidates { get; init; } = 100;

    public double ContentWeight { get; init; } = 0.15;

    /// <summary>Weight of the shopper's interest in a candidate's category (1 for their favourite).</summary>
    public double CategoryWeight { get; init; } = 0.1;

    public double PopularityWeight { get; init; } = 0.1;

    public double BuyAgainWeight { get; init; } = 0.6;

    /// <summary>Content candidates scanned per request.</summary>
    public int ContentCandidates { get; init; } = 100;

    /// <summary>
    /// The strongest products of each collaborative term (recent and shared) that are scored: the spread reaches
    /// thousands, and scoring each one was most of a ranking's cost. 100, 150 and 300 gave the same eval figures on
    /// 2011-09-01 and 2011-06-01; 50 moved them by 0.0001.
    /// </summary>
    public int CollaborativeCandidates { get; init; } = 100;

    /// <summary>MMR: how much a candidate's likeness to what is already picked counts against it.</summary>
    public double DiversityPenalty { get; init; } = 0.1;

    /// <summary>At most this share of a list from one category.</summary>
    public double MaxCategoryShare { get; init; } = 0.6;

    /// <summary>
    /// At most how long a shopper's last list may be served again (between half of it and all of it, fixed per shopper)
    /// while no event of theirs came and every product in it is still for sale (shown with the shelf's current price and
    /// stock). What other shoppers teach the item graph, new products and what becomes popular reach the list within
    /// this time; the shopper's own clicks reach it on the very next request. Zero computes every list. Configured by
    /// <c>Elara:Recommendations:ListReuse</c>.
    /// </summary>
    public TimeSpan ListReuse { get; init; } = TimeSpan.FromSeconds(10);

    public const string ListReuseSetting = "Elara:Recommendations:ListReuse";
}
