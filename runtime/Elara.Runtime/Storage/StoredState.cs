namespace Elara.Runtime.Storage;

/// <summary>One grain state as the store holds it.</summary>
public sealed record StoredState(string Payload, string ETag);
