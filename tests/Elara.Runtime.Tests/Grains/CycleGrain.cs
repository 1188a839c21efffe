namespace Elara.Runtime.Tests.Grains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls the next grain in <paramref name="path"/>, which calls the next, and so on.</summary>
    Task<string> RelayAsync(string[] path);
}

public interface IReentrantCycleGrain : IGrainWithStringKey
{
    Task<string> RelayAsync(string[] path);
}

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> RelayAsync(string[] path) =>
        path.Length == 0 ? Task.FromResult(GetPrimaryKeyString()) : GrainFactory.GetGrain<ICycleGrain>(path[0]).RelayAsync(path[1..]);
}

[Reentrant]
public sealed class ReentrantCycleGrain : Grain, IReentrantCycleGrain
{
    public Task<string> RelayAsync(string[] path) =>
        path.Length == 0 ? Task.FromResult(GetPrimaryKeyString()) : GrainFactory.GetGrain<IReentrantCycleGrain>(path[0]).RelayAsync(path[1..]);
}
