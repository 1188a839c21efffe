namespace Elara.Runtime;

/// <summary>Why an activation is going away.</summary>
public enum DeactivationReason
{
    /// <summary>It was idle longer than the collection age.</summary>
    IdleCollection,

    /// <summary>The grain asked for it with DeactivateOnIdle.</summary>
    Requested,

    /// <summary>Its state write found a newer version in the store; its in-memory state is no longer trusted and is not written.</summary>
    InconsistentState,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,

    /// <summary>The grain's home moved to another silo.</summary>
    PlacementChanged,
}
