using System.Text.Json.Serialization;

namespace Elara.Grains.Search;

/// <summary>How hits are ordered; the JSON names are the ones the search API takes and answers with.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchSort>))]
public enum SearchSort
{
    [JsonStringEnumMemberName("relevance")]
    Relevance,

    [JsonStringEnumMemberName("price_asc")]
    PriceAscending,

    [JsonStringEnumMemberName("price_desc")]
    PriceDescending,

    [JsonStringEnumMemberName("best_rated")]
    BestRated,

    [JsonStringEnumMemberName("newest")]
    Newest,
}
