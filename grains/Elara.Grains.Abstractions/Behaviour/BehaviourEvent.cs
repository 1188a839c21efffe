using System.Text.Json.Serialization;

namespace Elara.Grains.Behaviour;

/// <summary>One thing one shopper did, as recorded (the shopper id comes from the signed-in identity, never the client).</summary>
[JsonConverter(typeof(BehaviourEventJsonConverter))]
public sealed record BehaviourEvent(
    BehaviourKind Kind,
    string ShopperId,
    string? ProductId,
    string? Query,
    int Quantity,
    DateTimeOffset At);
