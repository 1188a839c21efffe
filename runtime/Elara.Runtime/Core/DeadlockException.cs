namespace Elara.Runtime;

/// <summary>A call would wait forever: it reaches a non-reentrant activation that is itself waiting further up the same call chain.</summary>
public sealed class DeadlockException(string message) : Exception(message);
