using Elara.Api.Catalog;
using Elara.Grains.Carts;

namespace Elara.Api.Carts;

public sealed record AddCartItem(string? ProductId, int? Quantity)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!ProductIds.IsValid(ProductId))
        {
            errors["productId"] = ["A valid product id is required."];
        }

        if (Quantity is not (>= 1 and <= CartLimits.MaxQuantityPerLine))
        {
            errors["quantity"] = [$"The quantity must be 1 to {CartLimits.MaxQuantityPerLine}."];
        }

        return errors;
    }
}
