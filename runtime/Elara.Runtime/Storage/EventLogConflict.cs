namespace Elara.Runtime.Storage;

/// <summary>The error every event-log store raises when an append finds its position taken.</summary>
internal static class EventLogConflict
{
    public static InconsistentStateException At(GrainId grainId, string logName, long position, long? stored) =>
        new($"Cannot append entry {position} to log '{logName}' of {grainId}: the log already reaches {(stored is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "that far")}.",
            storedETag: stored?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            currentETag: (position - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
