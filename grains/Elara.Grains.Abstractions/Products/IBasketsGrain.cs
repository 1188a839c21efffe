using Elara.Runtime;

namespace Elara.Grains.Products;

/// <summary>How many baskets (orders of two or more products) the shop has seen: the base of bought-together support. Key "main".</summary>
public interface IBasketsGrain : IGrainWithStringKey
{
    public const string Main = "main";

    Task RecordAsync(int baskets);

    [ReadOnly]
    Task<long> CountAsync();
}
