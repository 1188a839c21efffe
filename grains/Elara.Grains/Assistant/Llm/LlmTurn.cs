using System.ComponentModel;
using Microsoft.Extensions.AI;

namespace Elara.Grains.Assistant.Llm;

/// <summary>
/// The tools one model answer may call, as functions over the built-in assistant bound to the conversation's owner.
/// Products are named by their position among the cards shown, never by an id the model could make up, and no function
/// takes a shopper: whatever a message or a product text tells the model, it can only act in this conversation.
/// </summary>
public sealed class LlmTurn(BuiltInAssistant assistant, ConversationState state)
{
    readonly List<AssistantAction> actions = [];

    public ConversationState State { get; private set; } = state;

    /// <summary>The cards of the last tool that showed products.</summary>
    public IReadOnlyList<ProductCard> Cards { get; private set; } = [];

    public IReadOnlyList<AssistantAction> Actions => actions;

    public IReadOnlyList<string> Suggestions { get; private set; } = Replies.StarterChips;

    public IReadOnlyList<AIFunction> Functions() =>
    [
        AIFunctionFactory.Create(SearchProductsAsync, "search_products"),
        AIFunctionFactory.Create(AddToCartAsync, "add_to_cart"),
        AIFunctionFactory.Create(RemoveFromCartAsync, "remove_from_cart"),
        AIFunctionFactory.Create(ShowCartAsync, "show_cart"),
        AIFunctionFactory.Create(AddToListAsync, "add_to_list"),
        AIFunctionFactory.Create(RecommendAsync, "recommend"),
        AIFunctionFactory.Create(OrderStatusAsync, "order_status"),
    ];

    [Description("Searches the shop's catalog. The query is what the shopper wants in their words, e.g. 'blue lamps under £30'. It is combined with the budget, colours and recipient already said. Returns the products shown, by position.")]
    async Task<object> SearchProductsAsync([Description("What to look for, with any price, colour or material")] string query) =>
        Result(await assistant.FindAsync(State, query));

    [Description("Adds a product shown to the shopper's own cart.")]
    async Task<object> AddToCartAsync(
        [Description("The product's position among the products last shown, from 1")] int position,
        [Description("How many, from 1")] int quantity = 1) =>
        Result(await assistant.AddToCartAsync(State, Shown(position), Math.Clamp(quantity, 1, Carts.CartLimits.MaxQuantityPerLine)));

    [Description("Removes a product shown from the shopper's own cart.")]
    async Task<object> RemoveFromCartAsync([Description("The product's position among the products last shown, from 1")] int position) =>
        Result(await assistant.RemoveFromCartAsync(State, Shown(position)));

    [Description("Shows what is in the shopper's own cart.")]
    async Task<object> ShowCartAsync() => Result(await assistant.ShowCartAsync(State));

    [Description("Saves a product shown to the shopper's own list.")]
    async Task<object> AddToListAsync([Description("The product's position among the products last shown, from 1")] int position) =>
        Result(await assistant.AddToListAsync(State, Shown(position)));

    [Description("Products recommended for this shopper from their behaviour.")]
    async Task<object> RecommendAsync() => Result(await assistant.RecommendAsync(State));

    [Description("The status of the shopper's latest order.")]
    async Task<object> OrderStatusAsync() => Result(await assistant.OrderStatusAsync(State));

    IReadOnlyList<ShownProduct> Shown(int position) => [.. State.Shown.Where(s => s.Position == position)];

    /// <summary>Keeps the turn's effects and tells the model what happened: the sentence and the products, no more.</summary>
    object Result(AssistantTurn turn)
    {
        State = turn.State;
        actions.AddRange(turn.Reply.Actions);
        Suggestions = turn.Reply.Suggestions;
        if (turn.Reply.Cards.Count > 0)
        {
            Cards = turn.Reply.Cards;
        }

        return new
        {
            result = turn.Reply.Reply,
            products = turn.Reply.Cards.Select(c => new { c.Position, c.Name, c.Category, c.Price, c.Stock }),
        };
    }
}
