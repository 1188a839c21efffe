using Elara.Runtime;

namespace Elara.Bench.Runtime.Grains;

/// <summary>The call-phase grain: its method completes synchronously, so a call measures the runtime, not the grain.</summary>
public interface IAdderGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int value);
}
