namespace Elara.Runtime.State;

/// <summary>One entry of a grain's event log, at its position.</summary>
public readonly record struct LogEntry<TEntry>(long Position, TEntry Entry);
