using System.Text.Json.Serialization;

namespace Elara.Grains.Assistant;

[JsonConverter(typeof(JsonStringEnumConverter<TurnRole>))]
public enum TurnRole
{
    [JsonStringEnumMemberName("shopper")]
    Shopper,

    [JsonStringEnumMemberName("assistant")]
    Assistant,
}
