namespace Elara.Runtime.Reminders;

/// <summary>A reminder first due at <paramref name="StartAt"/> and then every <paramref name="Period"/>.</summary>
public sealed record ReminderEntry(GrainId GrainId, string Name, DateTimeOffset StartAt, TimeSpan Period, string? ETag = null);
