using Elara.Runtime.Placement;

namespace Elara.Runtime.Messaging;

/// <summary>The transport of a silo that runs alone: any call placed elsewhere is a configuration error, said plainly.</summary>
internal sealed class LocalOnlyTransport : IMessageTransport
{
    public void Send(SiloAddress silo, CallMessage message) =>
        message.Fail(new InvalidOperationException(
            $"Grain {message.Target} belongs on silo {silo}, but this silo has no transport to other silos."));
}
