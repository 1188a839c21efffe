namespace Elara.Runtime.Tests.Grains;

public interface IReentrantTurnGrain : IGrainWithStringKey
{
    Task<int> EnterAsync(string gate);
}

[Reentrant]
public sealed class ReentrantTurnGrain(Gates gates) : Grain, IReentrantTurnGrain
{
    readonly GateTurns turns = new(gates);

    public Task<int> EnterAsync(string gate) => turns.ThroughAsync(gate);
}
