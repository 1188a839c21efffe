using Elara.Runtime.Membership;
using Elara.Runtime.Reminders;

namespace Elara.Runtime.Storage;

/// <summary>The opened store a silo keeps its grain state, event logs and reminders in (and, for SQL stores, the membership table).</summary>
public sealed record SiloStore(IGrainStorage GrainStorage, IReminderTable Reminders, IEventLogStorage EventLogs)
{
    /// <summary>The membership table of a cluster id in this store; null when the store has none (memory).</summary>
    public Func<string, IMembershipTable>? MembershipTable { get; init; }
}
