using Elara.Runtime.Reminders;

namespace Elara.Runtime.Storage;

/// <summary>The opened store a silo keeps its grain state and reminders in.</summary>
public sealed record SiloStore(IGrainStorage GrainStorage, IReminderTable Reminders);
