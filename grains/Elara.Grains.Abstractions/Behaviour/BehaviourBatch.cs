namespace Elara.Grains.Behaviour;

/// <summary>
/// Events as one item of the behaviour stream: what a silo recorded for one shard's shoppers in a moment travels to the
/// shard in one message, each shopper's events in the order they happened.
/// </summary>
public sealed record BehaviourBatch(IReadOnlyList<BehaviourEvent> Events);
