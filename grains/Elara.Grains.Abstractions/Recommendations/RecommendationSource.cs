using System.Text.Json.Serialization;

namespace Elara.Grains.Recommendations;

/// <summary>Which signal put an item on the list; the reason text says it in the shopper's words.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecommendationSource>))]
public enum RecommendationSource
{
    /// <summary>Bought or viewed with what the shopper viewed, carted or bought (item-to-item co-occurrence).</summary>
    [JsonStringEnumMemberName("collaborative")]
    Collaborative,

    /// <summary>Close in meaning to what the shopper likes (content vectors).</summary>
    [JsonStringEnumMemberName("content")]
    Content,

    /// <summary>Bought in the same baskets as a product in view or in the cart.</summary>
    [JsonStringEnumMemberName("bought_together")]
    BoughtTogether,

    /// <summary>Bought by shoppers who bought the same things (social proof, with a count).</summary>
    [JsonStringEnumMemberName("people_like_you")]
    PeopleLikeYou,

    /// <summary>A complement from another category than the one in view.</summary>
    [JsonStringEnumMemberName("cross_category")]
    CrossCategory,

    /// <summary>Something the shopper bought before and buys again.</summary>
    [JsonStringEnumMemberName("buy_again")]
    BuyAgain,

    /// <summary>Rising now (recent window against the longer one).</summary>
    [JsonStringEnumMemberName("trending")]
    Trending,

    /// <summary>Bought by many shoppers (the cold-start fallback).</summary>
    [JsonStringEnumMemberName("popular")]
    Popular,
}
