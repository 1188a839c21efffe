namespace Elara.Runtime.Transport;

/// <summary>A call could not reach (or lost) the silo it was sent to; whether it ran there is unknown.</summary>
public sealed class SiloUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>An exception thrown on another silo whose type this process cannot rebuild; carries its type name and message.</summary>
public sealed class RemoteGrainException(string typeName, string message) : Exception(message)
{
    public string TypeName { get; } = typeName;

    public override string ToString() => $"{TypeName}: {Message} (thrown on a remote silo)";
}
