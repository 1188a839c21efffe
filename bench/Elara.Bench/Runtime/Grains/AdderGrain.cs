using Elara.Runtime;

namespace Elara.Bench.Runtime.Grains;

public sealed class AdderGrain : Grain, IAdderGrain
{
    int total;

    public Task<int> AddAsync(int value)
    {
        total += value;
        return Task.FromResult(total);
    }
}
