using Elara.Grains.Carts;
using Elara.Grains.Orders;
using Elara.Grains.Products;
using Elara.Grains.Recommendations;
using Elara.Grains.Search;

namespace Elara.Grains.Assistant;

/// <summary>The built-in assistant's sentences and follow-up chips: short, and built only from what the tools returned.</summary>
public static class Replies
{
    public const string Refused =
        "I can only help you shop: I act on your own cart and list in this conversation, and I can't follow instructions about other shoppers or how I work.";

    public const string OutOfScope =
        "That's outside what I can help with. I can find products, compare them, and look after your cart, list and orders.";

    public const string WhatAreYouLookingFor = "What are you looking for? Tell me the thing, a budget, a colour or who it's for.";

    public const string WhichOne = "Which one do you mean? Say \"the first one\", \"the second one\" or part of its name.";

    public const string CompareWhat = "Show me some products first, then I can compare them.";

    public const string NoRecommendations = "I have nothing to recommend yet. Tell me what you're after and I'll search.";

    public const string CartEmpty = "Your cart is empty.";

    public const string NotInCart = "That isn't in your cart.";

    public const string NotOnList = "That isn't on your list.";

    public const string ListEmpty = "Your list is empty.";

    public static IReadOnlyList<string> StarterChips { get; } = ["gift ideas under £30", "what do you recommend?", "what's in my cart?"];

    public static string Found(int count, ConversationConstraints constraints, string? relaxed) =>
        (relaxed is null ? "" : $"Nothing matched exactly, so I dropped the {relaxed}. ")
        + $"Here {(count == 1 ? "is 1 pick" : $"are {count} picks")}: {ConstraintRules.Describe(constraints)}.";

    public static string NothingFound(ConversationConstraints constraints) =>
        $"I couldn't find {ConstraintRules.Describe(constraints)}. Try a higher budget or fewer details.";

    public static IReadOnlyList<string> LooserChips(ConversationConstraints constraints) =>
        constraints.MaxPrice is null ? ["what do you recommend?"] : ["more expensive", "what do you recommend?"];

    /// <summary>Refinements worth one tap: cheaper, a colour the results offer that is not chosen yet, and acting on a card.</summary>
    public static IReadOnlyList<string> AfterFindChips(ConversationConstraints constraints, IReadOnlyList<Facet> facets)
    {
        var chips = new List<string> { "cheaper" };
        var colour = facets.FirstOrDefault(f => f.Field == "colour")?.Values
            .Select(v => v.Value.ToLowerInvariant())
            .FirstOrDefault(v => !constraints.Colours.Contains(v, StringComparer.OrdinalIgnoreCase));
        if (colour is not null)
        {
            chips.Add($"in {colour}");
        }

        chips.Add("add the first one to my cart");
        chips.Add("compare the first two");
        return chips;
    }

    public static string Reason(string why, ConversationConstraints constraints)
    {
        var forWhom = constraints.Recipient is { } r and not "myself" ? $"a gift idea for your {r}" : null;
        var parts = new[] { forWhom, why.Length > 0 ? why : null }.OfType<string>().ToList();
        return parts.Count == 0 ? "matches what you asked for" : string.Join("; ", parts);
    }

    public static string Gone(string name) => $"The {name} is no longer in the shop.";

    public static string Like(int count, string name, SizeDirection size) =>
        $"Here {(count == 1 ? "is 1 product" : $"are {count} products")} like the {name}{SizeWords(size)}.";

    public static string NothingLike(string name, SizeDirection size) =>
        $"I couldn't find anything like the {name}{SizeWords(size)} right now.";

    static string SizeWords(SizeDirection size) => size switch
    {
        SizeDirection.Larger => ", but bigger",
        SizeDirection.Smaller => ", but smaller",
        _ => "",
    };

    public static string Describe(ProductView product)
    {
        var details = new[] { "material", "colour", "size" }
            .Select(k => product.Attributes.GetValueOrDefault(k))
            .OfType<string>()
            .ToList();
        return $"{PriceLabel.Format(product.Price)}{(details.Count > 0 ? ", " + string.Join(", ", details) : "")}, {product.Stock} in stock";
    }

    public static string Compare(IReadOnlyList<ProductView> products)
    {
        var lines = products.Select(p => $"the {p.Name} is {Describe(p)}");
        var text = char.ToUpperInvariant(lines.First()[0]) + string.Join("; ", lines)[1..] + ".";
        var cheapest = products.MinBy(p => p.Price)!;
        var dearest = products.MaxBy(p => p.Price)!;
        return cheapest.Price == dearest.Price
            ? text + " They cost the same."
            : text + $" The {cheapest.Name} is {PriceLabel.Format(dearest.Price - cheapest.Price)} cheaper.";
    }

    public static string Done(int actions) => $"Done: {actions} {(actions == 1 ? "change" : "changes")} made. Anything else?";

    public static string Recommended(int count) => $"Here {(count == 1 ? "is 1 pick" : $"are {count} picks")} chosen for you.";

    public static string BoughtWith(int count, string name) =>
        $"Shoppers who bought the {name} also bought {(count == 1 ? "this" : $"these {count}")}.";

    public static string NothingBoughtWith(string name) => $"I don't know yet what goes with the {name}.";

    public static string Added(IReadOnlyList<ShownProduct> added, int quantity, CartView? cart, BoughtTogether? bundle, IReadOnlyList<string> refusals)
    {
        var parts = new List<string>();
        if (added.Count > 0)
        {
            var what = string.Join(" and ", added.Select(a => $"the {a.Name} ({PriceLabel.Format(a.Price)})"));
            parts.Add($"Added {(quantity > 1 ? $"{quantity} × " : "")}{what} to your cart.");
        }

        parts.AddRange(refusals);
        if (cart is not null)
        {
            parts.Add(CartSummary(cart));
        }

        if (bundle is not null)
        {
            parts.Add($"Shoppers often add the {bundle.Product.Name} ({PriceLabel.Format(bundle.Product.Price)}) with it.");
        }

        return string.Join(' ', parts);
    }

    public static string Removed(IReadOnlyList<ShownProduct> removed, CartView cart) =>
        $"Removed {string.Join(" and ", removed.Select(r => $"the {r.Name}"))} from your cart. " + CartSummary(cart);

    public static string Listed(IReadOnlyList<ShownProduct> listed) =>
        $"Saved {string.Join(" and ", listed.Select(l => $"the {l.Name}"))} to your list.";

    public static string Unlisted(IReadOnlyList<ShownProduct> removed) =>
        $"Took {string.Join(" and ", removed.Select(r => $"the {r.Name}"))} off your list.";

    public static string List(int count) => $"Your list has {count} {(count == 1 ? "product" : "products")}.";

    public static string Cart(CartView cart, BoughtTogether? bundle) =>
        cart.Lines.Count == 0
            ? CartEmpty
            : $"{CartSummary(cart)} It holds {string.Join(", ", cart.Lines.Select(l => $"{l.Quantity} × {l.Name}"))}."
              + (bundle is null ? "" : $" The {bundle.Product.Name} ({PriceLabel.Format(bundle.Product.Price)}) is often bought with it.");

    static string CartSummary(CartView cart) =>
        cart.ItemCount == 0
            ? "Your cart is now empty."
            : $"Your cart has {cart.ItemCount} {(cart.ItemCount == 1 ? "item" : "items")}, {PriceLabel.Format(cart.Total)} in all.";

    public static string Checkout(CartView cart) =>
        cart.Lines.Count == 0
            ? "Your cart is empty: add something first, then open the cart and choose Checkout."
            : $"{CartSummary(cart)} Open the cart and choose Checkout, enter your card, and you'll get an order number to ask me about.";

    public static string Order(OrderView? order) =>
        order is null
            ? "You have no orders yet."
            : $"Your latest order {order.Id} ({order.Lines.Count} {(order.Lines.Count == 1 ? "line" : "lines")}, {PriceLabel.Format(order.Total)}) is {order.Status.ToString().ToLowerInvariant()}.";

    public static string Hello(CartView cart, IReadOnlyList<ProductView> backInStock)
    {
        var parts = new List<string> { "Hello! Tell me what you're looking for, a budget, or who it's for." };
        if (cart.Lines.Count > 0)
        {
            parts.Add($"You left {cart.ItemCount} {(cart.ItemCount == 1 ? "item" : "items")} in your cart ({PriceLabel.Format(cart.Total)}).");
        }

        if (backInStock.Count > 0)
        {
            parts.Add($"Good news: {string.Join(" and ", backInStock.Take(3).Select(p => $"the {p.Name}"))} from your wishlist {(backInStock.Count == 1 ? "is" : "are")} back in stock.");
        }

        return string.Join(' ', parts);
    }
}
