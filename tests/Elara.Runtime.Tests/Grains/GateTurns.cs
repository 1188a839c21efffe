namespace Elara.Runtime.Tests.Grains;

/// <summary>Counts how many turns of one grain are inside at once while each waits at a named gate.</summary>
public sealed class GateTurns(Gates gates)
{
    int inside;

    public int MaxInside { get; private set; }

    public void Enter()
    {
        inside++;
        MaxInside = Math.Max(MaxInside, inside);
    }

    public void Leave() => inside--;

    public int Inside => inside;

    /// <summary>Enters, signals the gate's entry, waits for the test to open it, leaves; returns the most seen inside.</summary>
    public async Task<int> ThroughAsync(string gate)
    {
        Enter();
        gates.Entered(gate);
        await gates.WaitAsync(gate);
        Leave();
        return MaxInside;
    }
}
