namespace Elara.Grains.Products;

public sealed record BasketsState
{
    public long Count { get; init; }
}
