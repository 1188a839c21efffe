using Elara.Grains.Assistant;
using Elara.Grains.Behaviour;
using Elara.Grains.Products;
using Elara.Grains.Search;
using Shouldly;

namespace Elara.Silo.Tests.Assistant;

/// <summary>
/// Multi-turn conversations with the built-in assistant over the demo catalog. Each script checks what the cards
/// obey, what the references resolved to, and what the cart holds.
/// </summary>
public sealed class ConversationScriptTests(DemoShop shop) : IClassFixture<DemoShop>
{
    Task<Chat> NewChatAsync() => Chat.StartAsync(shop.Silo);

    static string Colour(ProductView product) => product.Attributes["colour"];

    static string Material(ProductView product) => product.Attributes["material"];

    [Fact]
    public async Task A_present_for_mum_keeps_the_budget_adds_the_colour_and_carts_the_second_one()
    {
        var chat = await NewChatAsync();

        var presents = await chat.CardsForAsync("I need a present for my mum, under £30");
        presents.ShouldAllBe(c => c.Price <= 30m);
        (await chat.ViewAsync()).Constraints.Recipient.ShouldBe("mum");

        var blue = await chat.CardsForAsync("something in blue");
        blue.ShouldAllBe(c => c.Price <= 30m);
        (await chat.ProductsAsync(blue)).ShouldAllBe(p => Colour(p).Contains("Blue", StringComparison.OrdinalIgnoreCase));
        var constraints = (await chat.ViewAsync()).Constraints;
        (constraints.MaxPrice, constraints.Colours.Single(), constraints.Recipient).ShouldBe((30m, "blue", "mum"));

        var added = await chat.SayAsync("add the second one to my cart");
        added.Actions.ShouldBe([new AssistantAction(AssistantActionKind.AddedToCart, blue[1].Id, 1)]);
        await chat.CartShouldHoldAsync((blue[1].Id, 1));

        var cart = await chat.CardsForAsync("what's in my cart?");
        cart.Select(c => c.Id).ShouldBe([blue[1].Id]);
        chat.Last.Reply.ShouldContain(blue[1].Name);
    }

    [Fact]
    public async Task Cheaper_twice_moves_below_the_middle_price_each_time()
    {
        var chat = await NewChatAsync();
        var lamps = await chat.CardsForAsync("show me table lamps");
        lamps.ShouldAllBe(c => c.Category == "Lighting");

        var cheaper = await chat.CardsForAsync("cheaper");
        var middle = lamps.Select(c => c.Price).Order().ElementAt(lamps.Count / 2);
        cheaper.ShouldAllBe(c => c.Price < middle);

        var cheaperStill = await chat.CardsForAsync("cheaper please");
        var middle2 = cheaper.Select(c => c.Price).Order().ElementAt(cheaper.Count / 2);
        cheaperStill.ShouldAllBe(c => c.Price < middle2);
        cheaperStill.ShouldAllBe(c => c.Name.Contains("Lamp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_blue_instead_replaces_the_colour_rather_than_adding_one()
    {
        var chat = await NewChatAsync();
        var red = await chat.CardsForAsync("red toys");
        (await chat.ProductsAsync(red)).ShouldAllBe(p => Colour(p).Contains("Red", StringComparison.Ordinal));

        var blue = await chat.CardsForAsync("in blue instead");
        (await chat.ProductsAsync(blue)).ShouldAllBe(p => Colour(p).Contains("Blue", StringComparison.Ordinal));
        blue.ShouldAllBe(c => c.Category == "Toys");
        (await chat.ViewAsync()).Constraints.Colours.ShouldBe(["blue"]);

        await chat.SayAsync("put the first one in my basket");
        await chat.CartShouldHoldAsync((blue[0].Id, 1));
    }

    [Fact]
    public async Task That_lamp_finds_the_lamp_among_the_cards_and_removing_it_empties_the_cart()
    {
        var chat = await NewChatAsync();
        var lamps = await chat.CardsForAsync("desk lamps under £60");
        lamps.ShouldAllBe(c => c.Price <= 60m);
        var lamp = lamps.First(c => c.Name.EndsWith("Lamp", StringComparison.Ordinal));

        await chat.SayAsync("add that lamp to my cart");
        await chat.CartShouldHoldAsync((lamp.Id, 1));

        var removed = await chat.SayAsync("remove the lamp from my cart");
        removed.Actions.ShouldBe([new AssistantAction(AssistantActionKind.RemovedFromCart, lamp.Id, 0)]);
        await chat.CartShouldHoldAsync();
    }

    [Fact]
    public async Task Something_like_it_but_bigger_keeps_the_kind_and_grows_the_size()
    {
        var chat = await NewChatAsync();
        var planters = await chat.CardsForAsync("small planters");
        var first = (await chat.ProductsAsync(planters.Take(1))).Single();
        first.Attributes["size"].ShouldBe("Small");

        await chat.SayAsync("save the first one to my list");
        (await chat.WishlistAsync()).ShouldBe([first.Id]);

        var bigger = await chat.CardsForAsync("something like it but bigger");
        var products = await chat.ProductsAsync(bigger);
        products.ShouldAllBe(p => p.Category == first.Category && p.Attributes["size"] != "Small" && p.Id != first.Id);

        await chat.SayAsync("add the first one to my cart");
        await chat.CartShouldHoldAsync((bigger[0].Id, 1));
    }

    [Fact]
    public async Task Like_the_first_one_but_smaller_after_large_floor_lamps()
    {
        var chat = await NewChatAsync();
        var large = await chat.CardsForAsync("large floor lamps");
        (await chat.ProductsAsync(large)).ShouldAllBe(p => p.Attributes["size"] == "Large");

        var smaller = await chat.CardsForAsync("something like the first one but smaller");
        (await chat.ProductsAsync(smaller)).ShouldAllBe(p => p.Attributes["size"] != "Large" && p.Category == "Lighting");

        await chat.SayAsync("add the second one to my cart");
        await chat.CartShouldHoldAsync((smaller[1].Id, 1));
    }

    [Fact]
    public async Task Compare_the_first_and_second_shows_both_and_names_the_cheaper()
    {
        var chat = await NewChatAsync();
        var bowls = await chat.CardsForAsync("mixing bowls");

        var compared = await chat.CardsForAsync("compare the first and second");
        compared.Select(c => c.Id).ShouldBe([bowls[0].Id, bowls[1].Id]);
        chat.Last.Reply.ShouldContain(bowls[0].Name);
        chat.Last.Reply.ShouldContain(bowls[1].Name);
        if (bowls[0].Price != bowls[1].Price)
        {
            var cheaper = bowls[0].Price < bowls[1].Price ? bowls[0] : bowls[1];
            chat.Last.Reply.ShouldContain($"The {cheaper.Name} is £");
        }

        await chat.SayAsync("add the second one to my cart");
        await chat.CartShouldHoldAsync((bowls[1].Id, 1));
    }

    [Fact]
    public async Task Three_of_the_first_one_puts_three_in_the_cart()
    {
        var chat = await NewChatAsync();
        var notebooks = await chat.CardsForAsync("notebooks");
        notebooks.ShouldAllBe(c => c.Category == "Stationery");

        var added = await chat.SayAsync("add 3 of the first one to my cart");
        added.Actions.ShouldBe([new AssistantAction(AssistantActionKind.AddedToCart, notebooks[0].Id, 3)]);
        await chat.CartShouldHoldAsync((notebooks[0].Id, 3));

        await chat.SayAsync("what's in my cart?");
        chat.Last.Reply.ShouldContain($"3 × {notebooks[0].Name}");
    }

    [Fact]
    public async Task Removing_the_first_of_two_leaves_the_second()
    {
        var chat = await NewChatAsync();
        var teapots = await chat.CardsForAsync("teapots");
        await chat.SayAsync("add the first one to my cart");
        await chat.SayAsync("add the second one to my cart");
        await chat.CartShouldHoldAsync((teapots[0].Id, 1), (teapots[1].Id, 1));

        await chat.SayAsync("remove the first one from my cart");
        await chat.CartShouldHoldAsync((teapots[1].Id, 1));
    }

    [Fact]
    public async Task The_shopping_list_takes_the_third_one_shows_it_and_lets_it_go()
    {
        var chat = await NewChatAsync();
        var vases = await chat.CardsForAsync("vases under £50");
        vases.ShouldAllBe(c => c.Price <= 50m);

        var saved = await chat.SayAsync("save the third one to my list");
        saved.Actions.ShouldBe([new AssistantAction(AssistantActionKind.AddedToList, vases[2].Id, 1)]);
        (await chat.ViewAsync()).ShoppingList.Select(i => i.ProductId).ShouldBe([vases[2].Id]);

        var list = await chat.CardsForAsync("show my list");
        list.Select(c => c.Id).ShouldBe([vases[2].Id]);

        var removed = await chat.SayAsync("remove it from my list");
        removed.Actions.ShouldBe([new AssistantAction(AssistantActionKind.RemovedFromList, vases[2].Id, 0)]);
        (await chat.WishlistAsync()).ShouldBeEmpty();
        (await chat.ViewAsync()).ShoppingList.ShouldBeEmpty();
        await chat.CartShouldHoldAsync();
    }

    [Fact]
    public async Task A_new_subject_keeps_the_budget_and_the_recipient()
    {
        var chat = await NewChatAsync();
        var gifts = await chat.CardsForAsync("gift ideas for my dad under £25");
        gifts.ShouldAllBe(c => c.Price <= 25m);

        var trowels = await chat.CardsForAsync("what about hand trowels");
        trowels.ShouldAllBe(c => c.Price <= 25m);
        trowels[0].Name.ShouldEndWith("Hand Trowel");
        var constraints = (await chat.ViewAsync()).Constraints;
        (constraints.Recipient, constraints.MaxPrice).ShouldBe(("dad", 25m));

        await chat.SayAsync("add the first one to my cart");
        await chat.CartShouldHoldAsync((trowels[0].Id, 1));
    }

    [Fact]
    public async Task Exclusions_add_up_with_a_budget_and_a_sort()
    {
        var chat = await NewChatAsync();
        var jars = await chat.CardsForAsync("storage jars not glass");
        (await chat.ProductsAsync(jars)).ShouldAllBe(p => Material(p) != "Glass");

        var cheap = await chat.CardsForAsync("under £15");
        cheap.ShouldAllBe(c => c.Price <= 15m);
        (await chat.ProductsAsync(cheap)).ShouldAllBe(p => Material(p) != "Glass");

        var sorted = await chat.CardsForAsync("cheapest first");
        sorted.Select(c => c.Price).ShouldBeInOrder(SortDirection.Ascending);
        sorted.ShouldAllBe(c => c.Price <= 15m);
        (await chat.ViewAsync()).Constraints.Sort.ShouldBe(SearchSort.PriceAscending);
    }

    [Fact]
    public async Task Most_expensive_orders_a_price_range_from_the_top()
    {
        var chat = await NewChatAsync();
        var range = await chat.CardsForAsync("candle holders between £10 and £25");
        range.ShouldAllBe(c => c.Price >= 10m && c.Price <= 25m);

        var dearest = await chat.CardsForAsync("most expensive");
        dearest.Select(c => c.Price).ShouldBeInOrder(SortDirection.Descending);
        dearest.ShouldAllBe(c => c.Price >= 10m && c.Price <= 25m);

        await chat.SayAsync("add the last one to my cart");
        await chat.CartShouldHoldAsync((dearest[^1].Id, 1));
    }

    [Fact]
    public async Task A_christmas_present_for_a_friend_then_cheaper_then_carted()
    {
        var chat = await NewChatAsync();
        var presents = await chat.CardsForAsync("a christmas present for my friend under £15");
        presents.ShouldAllBe(c => c.Price <= 15m);
        var constraints = (await chat.ViewAsync()).Constraints;
        (constraints.Occasion, constraints.Recipient).ShouldBe(("christmas", "friend"));

        var cheaper = await chat.CardsForAsync("cheaper");
        var middle = presents.Select(c => c.Price).Order().ElementAt(presents.Count / 2);
        cheaper.ShouldAllBe(c => c.Price < middle);

        await chat.SayAsync("add the first one to my cart");
        await chat.CartShouldHoldAsync((cheaper[0].Id, 1));
    }

    [Fact]
    public async Task A_material_refinement_holds_through_cheaper()
    {
        var chat = await NewChatAsync();
        await chat.CardsForAsync("table lamps");

        var brass = await chat.CardsForAsync("in brass");
        (await chat.ProductsAsync(brass)).ShouldAllBe(p => Material(p) == "Brass");

        var cheaper = await chat.CardsForAsync("cheaper");
        var middle = brass.Select(c => c.Price).Order().ElementAt(brass.Count / 2);
        cheaper.ShouldAllBe(c => c.Price < middle);
        (await chat.ProductsAsync(cheaper)).ShouldAllBe(p => Material(p) == "Brass");
    }

    [Fact]
    public async Task Similar_to_the_second_one_leaves_it_out_and_stays_in_its_department()
    {
        var chat = await NewChatAsync();
        var clocks = await chat.CardsForAsync("wall clocks");

        var similar = await chat.CardsForAsync("show me something similar to the second one");
        similar.ShouldAllBe(c => c.Id != clocks[1].Id && c.Category == clocks[1].Category);

        await chat.SayAsync("add the first one to my cart");
        await chat.CartShouldHoldAsync((similar[0].Id, 1));
    }

    [Fact]
    public async Task Out_of_scope_questions_change_nothing_and_shopping_resumes()
    {
        var chat = await NewChatAsync();
        var weather = await chat.SayAsync("what's the weather like tomorrow?");
        (weather.Cards.Count, weather.Actions.Count).ShouldBe((0, 0));
        weather.Reply.ShouldBe(Replies.OutOfScope);

        var joke = await chat.SayAsync("tell me a joke");
        (joke.Cards.Count, joke.Actions.Count).ShouldBe((0, 0));

        var kites = await chat.CardsForAsync("show me kites");
        kites[0].Name.ShouldContain("Kite");
        kites.Where(c => !c.Reason.Contains("similar", StringComparison.Ordinal)).ShouldAllBe(c => c.Name.Contains("Kite", StringComparison.Ordinal));
        await chat.CartShouldHoldAsync();
    }

    [Fact]
    public async Task A_greeting_reminds_of_the_cart_left_full()
    {
        var chat = await NewChatAsync();
        await shop.Silo.Grains.GetGrain<Grains.Carts.ICartGrain>(chat.ShopperId).AddAsync("kitchen-0001", 2);

        var hello = await chat.SayAsync("hi there");
        hello.Reply.ShouldContain("You left 2 items in your cart");

        var cart = await chat.CardsForAsync("what's in my cart?");
        cart.Select(c => c.Id).ShouldBe(["kitchen-0001"]);

        await chat.SayAsync("remove it from my cart");
        await chat.CartShouldHoldAsync();
    }

    [Fact]
    public async Task A_wished_product_back_in_stock_is_shown_at_hello_and_can_be_carted()
    {
        var chat = await NewChatAsync();
        const string Id = "garden-0007";
        var grains = shop.Silo.Grains;
        var stock = (await grains.GetGrain<IProductGrain>(Id).GetAsync())!.Stock;
        await grains.GetGrain<Grains.Users.IUserGrain>(chat.ShopperId).AddToWishlistAsync(Id);
        await grains.GetGrain<IProductGrain>(Id).UpdateAsync(new ProductChange(Stock: 0));
        await grains.GetGrain<IProductGrain>(Id).UpdateAsync(new ProductChange(Stock: stock));

        var hello = await chat.CardsForAsync("hello");
        hello.Select(c => c.Id).ShouldBe([Id]);
        hello[0].Reason.ShouldContain("back in stock");

        await chat.SayAsync("add it to my cart");
        await chat.CartShouldHoldAsync((Id, 1));

        (await chat.CardsForAsync("what's in my cart?")).Single().Id.ShouldBe(Id);
    }

    [Fact]
    public async Task Checkout_help_knows_the_cart_total()
    {
        var chat = await NewChatAsync();
        var toys = await chat.CardsForAsync("toys under £20");
        toys.ShouldAllBe(c => c.Price <= 20m && c.Category == "Toys");

        await chat.SayAsync("add the first one to my basket");
        await chat.CartShouldHoldAsync((toys[0].Id, 1));

        var help = await chat.SayAsync("how do I pay?");
        help.Reply.ShouldContain(PriceLabel.Format(toys[0].Price));
        help.Reply.ShouldContain("Checkout");
    }

    [Fact]
    public async Task What_do_you_recommend_follows_what_was_viewed_then_cheaper_then_cart()
    {
        var chat = await NewChatAsync();
        var viewed = new[] { "garden-0001", "garden-0002", "garden-0003" };
        await shop.Silo.Grains.GetGrain<Grains.Users.IUserGrain>(chat.ShopperId).TrackAsync(
            [.. viewed.Select(id => new BehaviourEvent(BehaviourKind.View, chat.ShopperId, id, null, 1, shop.Silo.Clock.GetUtcNow()))]);

        var picks = await chat.CardsForAsync("what do you recommend?");
        picks.ShouldAllBe(c => c.Stock > 0 && c.Reason.Length > 0 && !viewed.Contains(c.Id));
        picks.Count(c => c.Category == "Garden").ShouldBeGreaterThan(picks.Count / 2);

        var cheaper = await chat.CardsForAsync("cheaper");
        var middle = picks.Select(c => c.Price).Order().ElementAt(picks.Count / 2);
        cheaper.ShouldAllBe(c => c.Price < middle);

        await chat.SayAsync("add the first one to my cart");
        await chat.CartShouldHoldAsync((cheaper[0].Id, 1));
    }

    [Fact]
    public async Task What_goes_with_it_shows_what_other_baskets_held_and_carts_it()
    {
        const string Teapot = "kitchen-0004";
        const string Mugs = "kitchen-0009";
        var grains = shop.Silo.Grains;
        for (var i = 0; i < 2; i++)
        {
            var buyer = Grains.Users.ShopperIds.NewUser();
            var cart = grains.GetGrain<Grains.Carts.ICartGrain>(buyer);
            await cart.AddAsync(Teapot, 1);
            await cart.AddAsync(Mugs, 1);
            await cart.CheckoutAsync(new Grains.Carts.CheckoutRequest(Guid.NewGuid().ToString("N"), "4242424242424242"));
        }

        await shop.Silo.FlushBehaviourAsync();
        var recommendations = grains.GetGrain<Grains.Recommendations.IRecommendationGrain>(Grains.Recommendations.RecommendationKeys.Local);
        await Polling.UntilAsync(async () => (await recommendations.BoughtTogetherAsync(Teapot, 5)).Any(b => b.Product.Id == Mugs), "the baskets are learned");
        var teapot = (await grains.GetGrain<IProductGrain>(Teapot).GetAsync())!;
        var mugs = (await grains.GetGrain<IProductGrain>(Mugs).GetAsync())!;
        var chat = await NewChatAsync();

        var found = await chat.CardsForAsync($"show me the {teapot.Name}");
        found[0].Id.ShouldBe(Teapot);
        var added = await chat.SayAsync("add the first one to my cart");
        added.Reply.ShouldContain($"Shoppers often add the {mugs.Name}");

        var together = await chat.CardsForAsync("what goes with it?");
        together.Select(c => c.Id).ShouldContain(Mugs);
        together.ShouldAllBe(c => c.Id != Teapot);

        await chat.SayAsync($"add the {together.First(c => c.Id == Mugs).Position switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", _ => "fifth" }} one to my cart");
        await chat.CartShouldHoldAsync((Teapot, 1), (Mugs, 1));
    }

    [Fact]
    public async Task A_question_with_no_product_asks_what_is_wanted_and_then_finds_it()
    {
        var chat = await NewChatAsync();
        var vague = await chat.SayAsync("can you help me?");
        vague.Cards.ShouldBeEmpty();

        var kits = await chat.CardsForAsync("herb growing kits under £20");
        kits.ShouldAllBe(c => c.Price <= 20m);

        await chat.SayAsync("add the second one to my cart");
        await chat.CartShouldHoldAsync((kits[1].Id, 1));
    }

    [Fact]
    public async Task Adding_without_anything_shown_asks_which_one_and_adds_nothing()
    {
        var chat = await NewChatAsync();
        var which = await chat.SayAsync("add the second one to my cart");
        (which.Reply, which.Actions.Count).ShouldBe((Replies.WhichOne, 0));

        var boards = await chat.CardsForAsync("chopping boards");
        await chat.SayAsync("add the second one to my cart");
        await chat.CartShouldHoldAsync((boards[1].Id, 1));
    }

    [Fact]
    public async Task Memory_is_bounded_but_the_budget_said_long_ago_still_holds()
    {
        var chat = await NewChatAsync();
        await chat.CardsForAsync("mugs under £20");
        for (var i = 0; i < 12; i++)
        {
            await chat.SayAsync(i % 2 == 0 ? "in cream" : "in slate");
        }

        var view = await chat.ViewAsync();
        view.Turns.Count.ShouldBe(ConversationState.TurnsKept);
        view.Constraints.MaxPrice.ShouldBe(20m);
        var last = await chat.CardsForAsync("cheapest first");
        last.ShouldAllBe(c => c.Price <= 20m);
    }

    [Fact]
    public async Task Order_status_after_buying_what_the_assistant_found()
    {
        var chat = await NewChatAsync();
        var blocks = await chat.CardsForAsync("building blocks");
        await chat.SayAsync("add the first one to my cart");
        await chat.CartShouldHoldAsync((blocks[0].Id, 1));
        var placed = await shop.Silo.Grains.GetGrain<Grains.Carts.ICartGrain>(chat.ShopperId)
            .CheckoutAsync(new Grains.Carts.CheckoutRequest(Guid.NewGuid().ToString("N"), "4242424242424242"));

        var status = await chat.SayAsync("where is my order?");
        status.Reply.ShouldContain(placed.Order.Id);
        status.Reply.ShouldContain(placed.Order.Status.ToString().ToLowerInvariant());

        var empty = await chat.SayAsync("what's in my cart?");
        empty.Reply.ShouldBe(Replies.CartEmpty);
        await chat.CartShouldHoldAsync();
    }
}
