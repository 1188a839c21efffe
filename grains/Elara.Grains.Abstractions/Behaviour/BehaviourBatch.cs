namespace Elara.Grains.Behaviour;

/// <summary>
/// One shopper's events as one item of the behaviour stream: what one request recorded travels to its shard in one
/// message, not one per event.
/// </summary>
public sealed record BehaviourBatch(IReadOnlyList<BehaviourEvent> Events);
