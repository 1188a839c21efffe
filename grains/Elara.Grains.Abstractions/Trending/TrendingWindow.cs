using System.Text.Json.Serialization;

namespace Elara.Grains.Trending;

/// <summary>The time windows trends are counted over; the JSON names are the ones the API takes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrendingWindow>))]
public enum TrendingWindow
{
    [JsonStringEnumMemberName("5m")]
    FiveMinutes,

    [JsonStringEnumMemberName("1h")]
    OneHour,

    [JsonStringEnumMemberName("24h")]
    OneDay,
}
