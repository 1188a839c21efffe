using Elara.Runtime;

namespace Elara.Bench.Runtime.Grains;

/// <summary>The activation-phase grain: it holds what a typical grain holds (a key and a small embedding).</summary>
public interface IVectorGrain : IGrainWithStringKey
{
    Task<int> DimensionsAsync();
}
