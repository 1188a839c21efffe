using System.Text.Json.Serialization;

namespace Elara.Grains.Recommendations;

/// <summary>Where the list is shown; the JSON names are the ones the recommendations API takes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecommendationContext>))]
public enum RecommendationContext
{
    [JsonStringEnumMemberName("home")]
    Home,

    [JsonStringEnumMemberName("cart")]
    Cart,

    [JsonStringEnumMemberName("product")]
    Product,
}
