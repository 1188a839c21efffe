using System.Collections.Immutable;

namespace Elara.Grains.Assistant;

/// <summary>
/// A conversation as stored. Memory is bounded: only the last <see cref="TurnsKept"/> turns are kept, and what older
/// turns asked for lives on in <see cref="Constraints"/>; <see cref="Shown"/> holds the cards last shown (what
/// "the second one" means) and <see cref="FocusId"/> the product last talked about (what "it" means).
/// </summary>
public sealed record ConversationState
{
    public const int TurnsKept = 20;

    public string? OwnerId { get; init; }

    public ImmutableList<ConversationTurn> Turns { get; init; } = [];

    /// <summary>How many turns were dropped from memory.</summary>
    public int EarlierTurns { get; init; }

    public ConversationConstraints Constraints { get; init; } = ConversationConstraints.None;

    public ImmutableList<ShownProduct> Shown { get; init; } = [];

    public string? FocusId { get; init; }

    public ImmutableList<ShoppingListItem> ShoppingList { get; init; } = [];

    public bool IsOwnedBy(string shopperId) => OwnerId is not null && string.Equals(OwnerId, shopperId, StringComparison.Ordinal);

    /// <summary>Adds a turn, forgetting the oldest past <see cref="TurnsKept"/>.</summary>
    public ConversationState WithTurn(ConversationTurn turn)
    {
        var turns = Turns.Add(turn);
        var dropped = Math.Max(0, turns.Count - TurnsKept);
        return this with { Turns = turns.RemoveRange(0, dropped), EarlierTurns = EarlierTurns + dropped };
    }

    /// <summary>The cards now on screen become what positions and names refer to.</summary>
    public ConversationState WithShown(IReadOnlyList<ProductCard> cards) =>
        cards.Count == 0
            ? this
            : this with
            {
                Shown = [.. cards.Select(c => new ShownProduct(c.Position, c.Id, c.Name, c.Category, c.Price))],
                FocusId = cards.Count == 1 ? cards[0].Id : FocusId,
            };

    public ConversationState WithListed(ShoppingListItem item) =>
        this with { ShoppingList = [.. ShoppingList.Where(i => i.ProductId != item.ProductId), item] };

    public ConversationState WithoutListed(string productId) =>
        this with { ShoppingList = ShoppingList.RemoveAll(i => i.ProductId == productId) };

    public ConversationView ToView(string id) => new(id, Turns, Constraints, ShoppingList);
}
