namespace Elara.Runtime.Storage;

/// <summary>One stored entry of a grain's event log.</summary>
public sealed record LoggedEntry(long Position, string Payload);
