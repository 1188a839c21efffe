using Elara.Runtime.Placement;

namespace Elara.Runtime.Messaging;

/// <summary>Carries a call to another silo and completes the message with its answer.</summary>
internal interface IMessageTransport
{
    void Send(SiloAddress silo, CallMessage message);
}
