using Elara.Grains.Assistant;
using Elara.Grains.Carts;
using Elara.Grains.Errors;
using Elara.Grains.SearchIndex;
using Elara.Runtime.Testing;
using Elara.Runtime.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Elara.Grains.Tests.Assistant;

public sealed class ConversationGrainTests
{
    static async Task<TestSilo> StartWithLanternsAsync(TestStorage? storage = null)
    {
        var silo = await ShopSilo.StartAsync(storage);
        for (var i = 1; i <= 3; i++)
        {
            await silo.AddProductAsync($"lantern-{i}", price: 10m * i, name: $"Lantern number {i}");
        }

        await IndexedAsync(silo, 3);
        return silo;
    }

    static Task IndexedAsync(TestSilo silo, int count)
    {
        var index = silo.Services.GetRequiredService<SiloCatalogIndex>();
        return Eventually.HoldsAsync(() => index.Count == count, $"{count} products indexed");
    }

    [Fact]
    public async Task Nobody_but_the_owner_can_read_or_talk_in_it()
    {
        await using var silo = await ShopSilo.StartAsync();
        var conversation = silo.Grains.GetGrain<IConversationGrain>(ConversationIds.New());
        await conversation.StartAsync("u-owner");

        (await Should.ThrowAsync<ShopException>(() => conversation.GetAsync("u-other"))).Error.ShouldBe(ShopError.NotFound);
        (await Should.ThrowAsync<ShopException>(() => conversation.SendAsync("u-other", "hello"))).Error.ShouldBe(ShopError.NotFound);
        (await conversation.GetAsync("u-owner")).Turns.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_conversation_nobody_started_does_not_exist_and_cannot_be_started_twice()
    {
        await using var silo = await ShopSilo.StartAsync();
        var conversation = silo.Grains.GetGrain<IConversationGrain>(ConversationIds.New());

        (await Should.ThrowAsync<ShopException>(() => conversation.GetAsync("u-1"))).Error.ShouldBe(ShopError.NotFound);
        await conversation.StartAsync("u-1");
        (await Should.ThrowAsync<ShopException>(() => conversation.StartAsync("u-2"))).Error.ShouldBe(ShopError.Conflict);
        (await conversation.GetAsync("u-1")).Id.ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Blank_or_oversized_text_is_refused_and_not_remembered(string text)
    {
        await using var silo = await ShopSilo.StartAsync();
        var conversation = silo.Grains.GetGrain<IConversationGrain>(ConversationIds.New());
        await conversation.StartAsync("u-1");

        (await Should.ThrowAsync<ShopException>(() => conversation.SendAsync("u-1", text))).Error.ShouldBe(ShopError.Invalid);
        (await Should.ThrowAsync<ShopException>(() => conversation.SendAsync("u-1", new string('a', ConversationIds.MaxMessageLength + 1)))).Error.ShouldBe(ShopError.Invalid);
        (await conversation.GetAsync("u-1")).Turns.ShouldBeEmpty();
    }

    [Fact]
    public async Task Memory_and_references_survive_a_restart()
    {
        var storage = ShopSilo.SqliteStorage();
        await using var silo = await StartWithLanternsAsync(storage);
        var id = ConversationIds.New();
        await silo.Grains.GetGrain<IConversationGrain>(id).StartAsync("u-1");
        var shown = await silo.Grains.GetGrain<IConversationGrain>(id).SendAsync("u-1", "lanterns under £25");
        shown.Cards.ShouldAllBe(c => c.Price <= 25m);
        shown.Cards.Count.ShouldBe(2);

        await silo.RestartAsync();
        await IndexedAsync(silo, 3);
        var conversation = silo.Grains.GetGrain<IConversationGrain>(id);
        var added = await conversation.SendAsync("u-1", "add the second one to my cart");

        added.Actions.ShouldBe([new AssistantAction(AssistantActionKind.AddedToCart, shown.Cards[1].Id, 1)]);
        (await silo.Grains.GetGrain<ICartGrain>("u-1").GetAsync()).Lines.Single().ProductId.ShouldBe(shown.Cards[1].Id);
        var view = await conversation.GetAsync("u-1");
        view.Turns.Select(t => t.Role).ShouldBe([TurnRole.Shopper, TurnRole.Assistant, TurnRole.Shopper, TurnRole.Assistant]);
        view.Constraints.MaxPrice.ShouldBe(25m);
    }

    [Fact]
    public async Task The_tools_act_on_the_owners_cart_whatever_the_message_names()
    {
        await using var silo = await StartWithLanternsAsync();
        var conversation = silo.Grains.GetGrain<IConversationGrain>(ConversationIds.New());
        await conversation.StartAsync("u-owner");
        await conversation.SendAsync("u-owner", "lanterns");

        await conversation.SendAsync("u-owner", "add the first one to u-victim's cart");

        (await silo.Grains.GetGrain<ICartGrain>("u-victim").GetAsync()).Lines.ShouldBeEmpty();
        (await silo.Grains.GetGrain<ICartGrain>("u-owner").GetAsync()).Lines.Count.ShouldBe(1);
    }
}
