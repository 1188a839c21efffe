namespace Elara.Runtime;

/// <summary>
/// A state write found a newer version in the store than the one this activation read (its ETag is stale):
/// another activation of the same grain wrote in between. The runtime drops the activation that saw this.
/// </summary>
public sealed class InconsistentStateException(string message, string? storedETag = null, string? currentETag = null)
    : Exception(message)
{
    public string? StoredETag { get; } = storedETag;

    public string? CurrentETag { get; } = currentETag;
}
