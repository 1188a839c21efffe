using Elara.Grains.Carts;

namespace Elara.Api.Carts;

/// <summary>A line's new quantity; 0 removes the line.</summary>
public sealed record CartItemChange(int? Quantity)
{
    public Dictionary<string, string[]> Validate() =>
        Quantity is >= 0 and <= CartLimits.MaxQuantityPerLine
            ? []
            : new() { ["quantity"] = [$"The quantity must be 0 to {CartLimits.MaxQuantityPerLine}."] };
}
