namespace Elara.Runtime.Placement;

/// <summary>Where a silo listens, and which incarnation it is (a restarted silo has a new generation).</summary>
public sealed record SiloAddress(string Host, int Port, long Generation)
{
    public override string ToString() => $"{Host}:{Port}@{Generation}";
}
