using Elara.Grains.Carts;
using Elara.Grains.Errors;
using Elara.Grains.Products;
using Elara.Grains.Recommendations;
using Elara.Grains.Search;

namespace Elara.Grains.Assistant;

/// <summary>
/// The assistant that needs no language model: it recognises the intent, merges the constraints, resolves references
/// from memory and answers with products found by the shop's own search, recommendations, cart and list.
/// </summary>
public sealed class BuiltInAssistant(AssistantTools tools)
{
    public const int MaxCards = 5;

    /// <summary>Products a search draws from before filters that the search cannot apply (size direction) are applied.</summary>
    const int Candidates = 40;

    public async Task<AssistantTurn> AnswerAsync(ConversationState state, string text)
    {
        var intent = IntentParser.Parse(text);
        return intent.Kind switch
        {
            IntentKind.Greeting => await GreetAsync(state),
            IntentKind.Refused => Say(state, Replies.Refused, Replies.StarterChips),
            IntentKind.OutOfScope => Say(state, Replies.OutOfScope, Replies.StarterChips),
            IntentKind.CheckoutHelp => await CheckoutHelpAsync(state),
            IntentKind.OrderStatus => await OrderStatusAsync(state),
            IntentKind.ShowCart => await ShowCartAsync(state),
            IntentKind.ShowList => await ShowListAsync(state),
            IntentKind.AddToCart => await AddToCartAsync(state, Referenced(state, text), intent.Quantity),
            IntentKind.RemoveFromCart => await RemoveFromCartAsync(state, text),
            IntentKind.AddToList => await AddToListAsync(state, Referenced(state, text)),
            IntentKind.RemoveFromList => await RemoveFromListAsync(state, text),
            IntentKind.Compare => await CompareAsync(state, text),
            IntentKind.Recommend => await RecommendAsync(state),
            IntentKind.BoughtTogether => await BoughtTogetherAsync(state, text),
            IntentKind.Similar => await SimilarAsync(state, text, intent),
            _ when intent.Size != SizeDirection.None && state.Shown.Count > 0 => await SimilarAsync(state, text, intent),
            _ => await FindAsync(state, text, intent),
        };
    }

    /// <summary>Products for what <paramref name="text"/> asks, merged with the constraints in force.</summary>
    public Task<AssistantTurn> FindAsync(ConversationState state, string text) => FindAsync(state, text, IntentParser.Parse(text));

    async Task<AssistantTurn> FindAsync(ConversationState state, string text, ShopperIntent intent)
    {
        var parsed = intent.QueryText.Length > 0 ? await tools.ParseAsync(intent.QueryText) : null;
        var constraints = ConstraintRules.Apply(state.Constraints, parsed, intent);
        if (intent.Price != PriceDirection.None && PriceAnchor(state, text) is { } anchor)
        {
            constraints = intent.Price == PriceDirection.Lower
                ? ConstraintRules.Cheaper(constraints, anchor)
                : ConstraintRules.Dearer(constraints, anchor);
        }

        if (constraints == ConversationConstraints.None)
        {
            return Say(state, Replies.WhatAreYouLookingFor, Replies.StarterChips);
        }

        var result = await SearchAsync(constraints);
        var cards = result.Hits.Select((h, i) => Card(i + 1, h, constraints)).ToList();
        var next = state.WithShown(cards) with { Constraints = constraints };
        if (cards.Count == 0)
        {
            return new AssistantTurn(Reply(Replies.NothingFound(constraints), [], [], Replies.LooserChips(constraints)), next);
        }

        return new AssistantTurn(
            Reply(Replies.Found(cards.Count, constraints, result.Relaxed), cards, [], Replies.AfterFindChips(constraints, result.Facets)),
            next with { FocusId = null });
    }

    async Task<AssistantTurn> SimilarAsync(ConversationState state, string text, ShopperIntent intent)
    {
        var focus = Referenced(state, text).FirstOrDefault() ?? Focus(state);
        if (focus is null)
        {
            return Say(state, Replies.WhichOne, Replies.StarterChips);
        }

        var product = await tools.ProductAsync(focus.Id);
        if (product is null)
        {
            return Say(state, Replies.Gone(focus.Name), Replies.StarterChips);
        }

        var constraints = ConstraintRules.Apply(state.Constraints, intent.QueryText.Length > 0 ? await tools.ParseAsync(intent.QueryText) : null, intent);
        if (intent.Price == PriceDirection.Lower)
        {
            constraints = ConstraintRules.Cheaper(constraints, product.Price);
        }
        else if (intent.Price == PriceDirection.Higher)
        {
            constraints = ConstraintRules.Dearer(constraints, product.Price);
        }

        // "Like it but bigger" is about the product in focus: its size scale, not the budget said for something else.
        if (intent.Size != SizeDirection.None)
        {
            constraints = constraints with { MaxPrice = intent.Price == PriceDirection.Lower ? constraints.MaxPrice : null };
        }

        var picks = await SimilarCandidatesAsync(product, constraints, intent.Size);
        var cards = picks.Take(MaxCards).Select((p, i) => Card(i + 1, p.Product, p.Reason)).ToList();
        var next = state.WithShown(cards) with { Constraints = constraints, FocusId = cards.Count == 1 ? cards[0].Id : product.Id };
        return cards.Count == 0
            ? new AssistantTurn(Reply(Replies.NothingLike(product.Name, intent.Size), [], [], Replies.StarterChips), next)
            : new AssistantTurn(Reply(Replies.Like(cards.Count, product.Name, intent.Size), cards, [], Replies.AfterFindChips(constraints, [])), next);
    }

    /// <summary>
    /// Products like <paramref name="product"/> from the recommendation model when it answers, else from a search for
    /// its name in its category; then the size direction and price bounds, which neither source applies itself.
    /// </summary>
    async Task<List<(ProductView Product, string Reason)>> SimilarCandidatesAsync(
        ProductView product, ConversationConstraints constraints, SizeDirection size)
    {
        var candidates = new List<(string Id, string Reason)>();
        if (await OptionalAsync(() => tools.SimilarAsync(product.Id, Candidates)) is { } similar)
        {
            candidates.AddRange(similar.Select(r => (r.Product.Id, r.Reason)));
        }

        var sizes = SizeScale.Beyond(product.Attributes.GetValueOrDefault("size"), size);
        var searched = await tools.SearchAsync(new SearchQuery(
            string.Join(' ', new[] { product.Name }.Concat(sizes)),
            product.Category,
            constraints.MinPrice,
            constraints.MaxPrice,
            PageSize: Candidates));
        candidates.AddRange(searched.Hits.Select(h => (h.Id, $"like the {product.Name}: {h.Why}")));

        var views = await tools.ProductsAsync(candidates.Select(c => c.Id).Where(id => id != product.Id).Distinct());
        var reasons = candidates.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First().Reason);
        return [.. views
            .Where(v => v.InStock
                && (constraints.MaxPrice is not { } max || v.Price <= max)
                && (constraints.MinPrice is not { } min || v.Price >= min)
                && SizeScale.Compare(v.Attributes.GetValueOrDefault("size"), product.Attributes.GetValueOrDefault("size")) is var order
                && size switch
                {
                    SizeDirection.Larger => order > 0,
                    SizeDirection.Smaller => order < 0,
                    _ => true,
                })
            .Select(v => (v, reasons[v.Id]))];
    }

    async Task<AssistantTurn> CompareAsync(ConversationState state, string text)
    {
        var referenced = Referenced(state, text);
        var chosen = referenced.Count >= 2 ? referenced : [.. referenced.Concat(state.Shown).DistinctBy(s => s.Id).Take(2)];
        if (chosen.Count < 2)
        {
            return Say(state, Replies.CompareWhat, Replies.StarterChips);
        }

        var views = await tools.ProductsAsync(chosen.Select(c => c.Id));
        var cards = views.Select((v, i) => Card(i + 1, v, Replies.Describe(v))).ToList();
        return new AssistantTurn(Reply(Replies.Compare(views), cards, [], ["add the cheaper one to my cart", "something like the first one", "cheaper"]), state.WithShown(cards));
    }

    public async Task<AssistantTurn> RecommendAsync(ConversationState state)
    {
        IReadOnlyList<ProductCard> cards;
        if (await OptionalAsync(() => tools.RecommendAsync(MaxCards, RecommendationContext.Home)) is { Count: > 0 } picks)
        {
            cards = [.. picks.Select((r, i) => Card(i + 1, r.Product, r.Reason))];
        }
        else
        {
            // Without the recommendation model, or before it knows anything, the best rated products in the shopper's
            // live taste stand in.
            var constraints = state.Constraints with { Sort = SearchSort.BestRated };
            var result = await SearchAsync(constraints);
            cards = [.. result.Hits.Select((h, i) => Card(i + 1, h, constraints))];
        }

        return new AssistantTurn(
            Reply(cards.Count == 0 ? Replies.NoRecommendations : Replies.Recommended(cards.Count), cards, [], ["cheaper", "something like the first one", "add the first one to my cart"]),
            state.WithShown(cards));
    }

    async Task<AssistantTurn> BoughtTogetherAsync(ConversationState state, string text)
    {
        var focus = Referenced(state, text).FirstOrDefault() ?? Focus(state) ?? await FirstInCartAsync();
        if (focus is null)
        {
            return Say(state, Replies.WhichOne, Replies.StarterChips);
        }

        var pairs = await BoughtWithAsync(focus.Id, MaxCards);
        var cards = pairs.Select((b, i) => Card(i + 1, b.Product, b.Reason)).ToList();
        return new AssistantTurn(
            Reply(cards.Count == 0 ? Replies.NothingBoughtWith(focus.Name) : Replies.BoughtWith(cards.Count, focus.Name), cards, [], ["add the first one to my cart", "what's in my cart?"]),
            state.WithShown(cards) with { FocusId = focus.Id });
    }

    async Task<IReadOnlyList<BoughtTogether>> BoughtWithAsync(string productId, int limit) =>
        await OptionalAsync(() => tools.BoughtTogetherAsync(productId, limit)) ?? [];

    /// <summary>
    /// A call to the recommendation model, or null while this build has none (its contract throws NotSupported, or no
    /// grain implements it yet): the assistant then answers from search instead of failing the conversation.
    /// </summary>
    static async Task<T?> OptionalAsync<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is NotSupportedException || (e is InvalidOperationException && e.Message.StartsWith("No grain class implements", StringComparison.Ordinal)))
        {
            return null;
        }
    }

    /// <summary>A search for the constraints; a named department filters, unless nothing in it matches.</summary>
    async Task<SearchResult> SearchAsync(ConversationConstraints constraints)
    {
        var query = Query(constraints, MaxCards);
        if (constraints.Category is { } category)
        {
            var inCategory = await tools.SearchAsync(query with { Category = category });
            if (inCategory.Hits.Count > 0)
            {
                return inCategory;
            }
        }

        return await tools.SearchAsync(query);
    }

    public async Task<AssistantTurn> AddToCartAsync(ConversationState state, IReadOnlyList<ShownProduct> targets, int quantity)
    {
        if (targets.Count == 0)
        {
            return Say(state, Replies.WhichOne, Replies.StarterChips);
        }

        var actions = new List<AssistantAction>();
        var refusals = new List<string>();
        CartView? cart = null;
        foreach (var target in targets)
        {
            try
            {
                cart = await tools.AddToCartAsync(target.Id, quantity);
                actions.Add(new AssistantAction(AssistantActionKind.AddedToCart, target.Id, quantity));
            }
            catch (ShopException refusal)
            {
                refusals.Add($"I couldn't add the {target.Name}: {refusal.Message}.");
            }
        }

        // Guidance at the cart: one product bought with what was just added, when the shop knows one.
        var bundle = actions.Count > 0 ? (await BoughtWithAsync(actions[^1].ProductId, 1)).FirstOrDefault() : null;
        var reply = Replies.Added(targets.Where(t => actions.Any(a => a.ProductId == t.Id)).ToList(), quantity, cart, bundle, refusals);
        var focus = actions.Count > 0 ? actions[^1].ProductId : state.FocusId;
        return new AssistantTurn(
            Reply(reply, [], actions, bundle is null ? ["what's in my cart?", "how do I check out?"] : ["what goes with it?", "what's in my cart?", "how do I check out?"]),
            state with { FocusId = focus });
    }

    async Task<AssistantTurn> RemoveFromCartAsync(ConversationState state, string text)
    {
        var cart = await tools.CartAsync();
        return await RemoveFromCartAsync(state, ReferenceResolver.Resolve(text, state.Shown, state.FocusId, CartShown(cart)), cart);
    }

    /// <summary>Takes the products out of the shopper's cart; ones not in it are left alone.</summary>
    public async Task<AssistantTurn> RemoveFromCartAsync(ConversationState state, IReadOnlyList<ShownProduct> products, CartView? cart = null)
    {
        cart ??= await tools.CartAsync();
        var targets = products.Where(t => cart.Lines.Any(l => l.ProductId == t.Id)).ToList();
        if (targets.Count == 0)
        {
            return Say(state, cart.Lines.Count == 0 ? Replies.CartEmpty : Replies.NotInCart, ["what's in my cart?"]);
        }

        foreach (var target in targets)
        {
            cart = await tools.RemoveFromCartAsync(target.Id);
        }

        var actions = targets.Select(t => new AssistantAction(AssistantActionKind.RemovedFromCart, t.Id, 0)).ToList();
        return new AssistantTurn(Reply(Replies.Removed(targets, cart), [], actions, ["what's in my cart?"]), state);
    }

    public async Task<AssistantTurn> AddToListAsync(ConversationState state, IReadOnlyList<ShownProduct> targets)
    {
        if (targets.Count == 0)
        {
            return Say(state, Replies.WhichOne, Replies.StarterChips);
        }

        var next = state;
        foreach (var target in targets)
        {
            await tools.AddToWishlistAsync(target.Id);
            next = next.WithListed(new ShoppingListItem(target.Id, target.Name, target.Price));
        }

        var actions = targets.Select(t => new AssistantAction(AssistantActionKind.AddedToList, t.Id, 1)).ToList();
        return new AssistantTurn(Reply(Replies.Listed(targets), [], actions, ["show my list", "add it to my cart"]), next with { FocusId = targets[^1].Id });
    }

    async Task<AssistantTurn> RemoveFromListAsync(ConversationState state, string text)
    {
        var listed = state.ShoppingList.Select((l, i) => new ShownProduct(i + 1, l.ProductId, l.Name, "", l.Price)).ToList();
        var wishlist = await tools.WishlistAsync();
        var targets = ReferenceResolver.Resolve(text, state.Shown, state.FocusId, listed)
            .Where(t => wishlist.Contains(t.Id) || state.ShoppingList.Any(l => l.ProductId == t.Id))
            .ToList();
        if (targets.Count == 0)
        {
            return Say(state, Replies.NotOnList, ["show my list"]);
        }

        var next = state;
        foreach (var target in targets)
        {
            await tools.RemoveFromWishlistAsync(target.Id);
            next = next.WithoutListed(target.Id);
        }

        var actions = targets.Select(t => new AssistantAction(AssistantActionKind.RemovedFromList, t.Id, 0)).ToList();
        return new AssistantTurn(Reply(Replies.Unlisted(targets), [], actions, ["show my list"]), next);
    }

    public async Task<AssistantTurn> ShowCartAsync(ConversationState state)
    {
        var cart = await tools.CartAsync();
        var views = await tools.ProductsAsync(cart.Lines.Select(l => l.ProductId));
        var cards = cart.Lines
            .Select(l => (Line: l, View: views.FirstOrDefault(v => v.Id == l.ProductId)))
            .Where(x => x.View is not null)
            .Select((x, i) => Card(i + 1, x.View!, $"in your cart ×{x.Line.Quantity}"))
            .ToList();
        var bundle = cart.Lines.Count > 0 ? (await BoughtWithAsync(cart.Lines[^1].ProductId, 1)).FirstOrDefault() : null;
        return new AssistantTurn(
            Reply(Replies.Cart(cart, bundle), cards, [], cart.Lines.Count == 0 ? Replies.StarterChips : ["how do I check out?", "remove the first one from my cart", "what goes with it?"]),
            state.WithShown(cards));
    }

    async Task<AssistantTurn> ShowListAsync(ConversationState state)
    {
        var wishlist = await tools.WishlistAsync();
        var views = await tools.ProductsAsync(state.ShoppingList.Select(l => l.ProductId).Concat(wishlist).Distinct());
        var cards = views.Select((v, i) => Card(i + 1, v, "on your list")).ToList();
        return new AssistantTurn(
            Reply(cards.Count == 0 ? Replies.ListEmpty : Replies.List(cards.Count), cards, [], cards.Count == 0 ? Replies.StarterChips : ["add the first one to my cart"]),
            state.WithShown(cards));
    }

    async Task<AssistantTurn> CheckoutHelpAsync(ConversationState state)
    {
        var cart = await tools.CartAsync();
        return Say(state, Replies.Checkout(cart), cart.Lines.Count == 0 ? Replies.StarterChips : ["what's in my cart?"]);
    }

    public async Task<AssistantTurn> OrderStatusAsync(ConversationState state) =>
        Say(state, Replies.Order(await tools.LatestOrderAsync()), ["what's in my cart?"]);

    /// <summary>A hello, with a reminder of a cart left full and of wished-for products that are back in stock.</summary>
    async Task<AssistantTurn> GreetAsync(ConversationState state)
    {
        var cart = await tools.CartAsync();
        var wished = await tools.ProductsAsync(await tools.WishlistAsync());
        var back = wished.Where(BackInStock).ToList();
        var cards = back.Take(MaxCards).Select((v, i) => Card(i + 1, v, "on your wishlist and back in stock")).ToList();
        var chips = cart.Lines.Count > 0 ? ["what's in my cart?", .. Replies.StarterChips] : Replies.StarterChips;
        return new AssistantTurn(Reply(Replies.Hello(cart, back), cards, [], chips), state.WithShown(cards));
    }

    /// <summary>In stock now after having run out since it was last restocked.</summary>
    static bool BackInStock(ProductView product) =>
        product.InStock && product.StockHistory.Count > 1 && product.StockHistory.Take(product.StockHistory.Count - 1).Any(p => p.Stock == 0);

    async Task<ShownProduct?> FirstInCartAsync() =>
        CartShown(await tools.CartAsync()).FirstOrDefault();

    static List<ShownProduct> CartShown(CartView cart) =>
        [.. cart.Lines.Select((l, i) => new ShownProduct(i + 1, l.ProductId, l.Name, "", l.UnitPrice))];

    static IReadOnlyList<ShownProduct> Referenced(ConversationState state, string text) =>
        ReferenceResolver.Resolve(text, state.Shown, state.FocusId);

    static ShownProduct? Focus(ConversationState state) =>
        state.Shown.FirstOrDefault(s => s.Id == state.FocusId) ?? state.Shown.FirstOrDefault();

    /// <summary>What "cheaper" is measured against: the product referred to, else the middle price of the cards shown.</summary>
    static decimal? PriceAnchor(ConversationState state, string text)
    {
        if (ReferenceResolver.Resolve(text, state.Shown, state.FocusId) is [var referenced, ..])
        {
            return referenced.Price;
        }

        var prices = state.Shown.Select(s => s.Price).Order().ToList();
        return prices.Count == 0 ? null : prices[prices.Count / 2];
    }

    static SearchQuery Query(ConversationConstraints constraints, int size) => new(
        ConstraintRules.SearchText(constraints),
        MinPrice: constraints.MinPrice,
        MaxPrice: constraints.MaxPrice,
        Sort: constraints.Sort,
        PageSize: size,
        CategoryAffinity: GiftAffinity.For(constraints.Recipient, constraints.Occasion));

    static ProductCard Card(int position, SearchHit hit, ConversationConstraints constraints) =>
        new(position, hit.Id, hit.Name, hit.Category, hit.Price, hit.Stock, ProductImages.UrlFor(hit.Id), Replies.Reason(hit.Why, constraints));

    static ProductCard Card(int position, ProductView product, string reason) =>
        new(position, product.Id, product.Name, product.Category, product.Price, product.Stock, product.ImageUrl, reason);

    static ProductCard Card(int position, Catalog.ProductSummary product, string reason) =>
        new(position, product.Id, product.Name, product.Category, product.Price, product.Stock, product.ImageUrl, reason);

    static AssistantReply Reply(string text, IReadOnlyList<ProductCard> cards, IReadOnlyList<AssistantAction> actions, IReadOnlyList<string> chips) =>
        new(text, cards, actions, chips);

    static AssistantTurn Say(ConversationState state, string text, IReadOnlyList<string> chips) =>
        new(Reply(text, [], [], chips), state);
}
