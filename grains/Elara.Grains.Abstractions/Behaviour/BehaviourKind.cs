using System.Text.Json.Serialization;

namespace Elara.Grains.Behaviour;

/// <summary>What a shopper did; the JSON names are the ones the events API takes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BehaviourKind>))]
public enum BehaviourKind
{
    [JsonStringEnumMemberName("view")]
    View,

    [JsonStringEnumMemberName("search")]
    Search,

    [JsonStringEnumMemberName("click")]
    Click,

    [JsonStringEnumMemberName("add_to_cart")]
    AddToCart,

    [JsonStringEnumMemberName("remove_from_cart")]
    RemoveFromCart,

    [JsonStringEnumMemberName("purchase")]
    Purchase,

    [JsonStringEnumMemberName("wishlist")]
    Wishlist,
}
