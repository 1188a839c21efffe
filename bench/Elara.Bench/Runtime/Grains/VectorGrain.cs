using Elara.Runtime;

namespace Elara.Bench.Runtime.Grains;

public sealed class VectorGrain : Grain, IVectorGrain
{
    float[] vector = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        vector = new float[VectorPayload.Dimensions];
        VectorPayload.Fill(vector, GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<int> DimensionsAsync() => Task.FromResult(vector.Length);
}
