using Elara.Grains.Behaviour;

namespace Elara.Grains.Recommenders;

/// <summary>
/// One behaviour event about a product, with the catalog facts the preference vector learns from; <paramref name="Vector"/>
/// is the product's content vector, or null when the catalog has none yet.
/// </summary>
public sealed record TasteSignal(
    BehaviourKind Kind,
    string ProductId,
    string Category,
    decimal Price,
    float[]? Vector,
    int Quantity,
    DateTimeOffset At);
