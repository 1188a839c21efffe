using Elara.Grains.Assistant;
using Elara.Grains.Carts;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime;
using Elara.Runtime.Testing.Silos;
using Shouldly;

namespace Elara.Silo.Tests.Assistant;

/// <summary>A fresh shopper talking in a fresh conversation, remembering the last reply for the script's checks.</summary>
internal sealed class Chat(TestSilo silo, string shopperId, string conversationId)
{
    public string ShopperId { get; } = shopperId;

    public string ConversationId { get; } = conversationId;

    public AssistantReply Last { get; private set; } = new("", [], [], []);

    IGrainFactory Grains => silo.Grains;

    public static async Task<Chat> StartAsync(TestSilo silo, string? shopperId = null)
    {
        var chat = new Chat(silo, shopperId ?? ShopperIds.NewAnonymous(), ConversationIds.New());
        await silo.Grains.GetGrain<IConversationGrain>(chat.ConversationId).StartAsync(chat.ShopperId);
        return chat;
    }

    public async Task<AssistantReply> SayAsync(string text)
    {
        Last = await Grains.GetGrain<IConversationGrain>(ConversationId).SendAsync(ShopperId, text);
        return Last;
    }

    /// <summary>Says something that must show products, and returns them.</summary>
    public async Task<IReadOnlyList<ProductCard>> CardsForAsync(string text)
    {
        var reply = await SayAsync(text);
        reply.Cards.ShouldNotBeEmpty($"'{text}' -> {reply.Reply}");
        reply.Cards.Select(c => c.Position).ShouldBe(Enumerable.Range(1, reply.Cards.Count), "positions count from 1");
        return reply.Cards;
    }

    public Task<ConversationView> ViewAsync() => Grains.GetGrain<IConversationGrain>(ConversationId).GetAsync(ShopperId);

    public Task<CartView> CartAsync() => Grains.GetGrain<ICartGrain>(ShopperId).GetAsync();

    public Task<IReadOnlyList<string>> WishlistAsync() => Grains.GetGrain<IUserGrain>(ShopperId).GetWishlistAsync();

    public async Task<IReadOnlyList<ProductView>> ProductsAsync(IEnumerable<ProductCard> cards) =>
        await Task.WhenAll(cards.Select(async c => (await Grains.GetGrain<IProductGrain>(c.Id).GetAsync())!));

    /// <summary>The cart holds exactly these products, each with its quantity.</summary>
    public async Task CartShouldHoldAsync(params (string Id, int Quantity)[] lines)
    {
        var cart = await CartAsync();
        cart.Lines.Select(l => (l.ProductId, l.Quantity)).OrderBy(l => l.ProductId)
            .ShouldBe(lines.OrderBy(l => l.Id).Select(l => (l.Id, l.Quantity)), $"after: {Last.Reply}");
    }
}
