using System.Text.Json.Serialization;

namespace Elara.Grains.Assistant;

/// <summary>The JSON names are the ones the assistant API answers with.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssistantActionKind>))]
public enum AssistantActionKind
{
    [JsonStringEnumMemberName("added_to_cart")]
    AddedToCart,

    [JsonStringEnumMemberName("removed_from_cart")]
    RemovedFromCart,

    [JsonStringEnumMemberName("added_to_list")]
    AddedToList,

    [JsonStringEnumMemberName("removed_from_list")]
    RemovedFromList,
}
