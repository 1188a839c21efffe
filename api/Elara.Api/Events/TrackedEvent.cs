using Elara.Api.Catalog;
using Elara.Grains.Behaviour;
using Elara.Grains.Carts;

namespace Elara.Api.Events;

/// <summary>One event as a client reports it; who did it and when are the server's to say.</summary>
public sealed record TrackedEvent(BehaviourKind? Type, string? ProductId, string? Query, int? Quantity)
{
    public const int MaxQueryLength = 200;

    public void Validate(string prefix, Dictionary<string, string[]> errors)
    {
        if (Type is null)
        {
            errors[$"{prefix}.type"] = ["The type is required."];
        }

        var queryMissing = Type == BehaviourKind.Search && string.IsNullOrWhiteSpace(Query);
        if (queryMissing || Query is { Length: > MaxQueryLength } || Query?.Any(char.IsControl) == true)
        {
            errors[$"{prefix}.query"] = [$"A search needs a query of 1 to {MaxQueryLength} printable characters."];
        }

        var productMissing = ProductId is null && Type is not (null or BehaviourKind.Search);
        if (productMissing || (ProductId is not null && !ProductIds.IsValid(ProductId)))
        {
            errors[$"{prefix}.productId"] = ["A valid product id is required (except for a search)."];
        }

        if (Quantity is < 1 or > CartLimits.MaxQuantityPerLine)
        {
            errors[$"{prefix}.quantity"] = [$"The quantity must be 1 to {CartLimits.MaxQuantityPerLine}."];
        }
    }
}
