using Elara.Grains.Assistant;
using Shouldly;

namespace Elara.Grains.Tests.Assistant;

public sealed class ConversationStateTests
{
    static readonly DateTimeOffset At = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    static ProductCard Card(int position, string id) => new(position, id, $"Name {id}", "Lighting", 10m, 3, $"/images/products/{id}.svg", "why");

    [Fact]
    public void Keeps_only_the_newest_turns_and_counts_the_rest()
    {
        var state = Enumerable.Range(0, ConversationState.TurnsKept + 5)
            .Aggregate(new ConversationState(), (s, i) => s.WithTurn(new ConversationTurn(TurnRole.Shopper, $"turn {i}", [], At)));

        state.Turns.Count.ShouldBe(ConversationState.TurnsKept);
        state.Turns[0].Text.ShouldBe("turn 5");
        state.EarlierTurns.ShouldBe(5);
    }

    [Fact]
    public void Shown_cards_replace_the_previous_ones_and_one_card_becomes_the_focus()
    {
        var state = new ConversationState().WithShown([Card(1, "a"), Card(2, "b")]);
        state.Shown.Select(s => s.Id).ShouldBe(["a", "b"]);
        state.FocusId.ShouldBeNull();

        state = state.WithShown([Card(1, "c")]);
        (state.Shown.Single().Id, state.FocusId).ShouldBe(("c", "c"));
    }

    [Fact]
    public void No_cards_leave_what_was_shown() =>
        new ConversationState().WithShown([Card(1, "a")]).WithShown([]).Shown.Single().Id.ShouldBe("a");

    [Fact]
    public void The_list_holds_a_product_once()
    {
        var state = new ConversationState()
            .WithListed(new ShoppingListItem("a", "A", 1m))
            .WithListed(new ShoppingListItem("a", "A", 1m))
            .WithListed(new ShoppingListItem("b", "B", 2m));
        state.ShoppingList.Select(i => i.ProductId).ShouldBe(["a", "b"]);
        state.WithoutListed("a").ShoppingList.Select(i => i.ProductId).ShouldBe(["b"]);
    }

    [Fact]
    public void Only_the_owner_owns_it()
    {
        var state = new ConversationState { OwnerId = "u-1" };
        (state.IsOwnedBy("u-1"), state.IsOwnedBy("u-2"), new ConversationState().IsOwnedBy("u-1")).ShouldBe((true, false, false));
    }
}
