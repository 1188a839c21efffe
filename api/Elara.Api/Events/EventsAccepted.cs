namespace Elara.Api.Events;

public sealed record EventsAccepted(int Accepted);
