using Elara.Runtime.Testing.Hosts;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Elara.Grains.Assistant;
using Elara.Grains.Assistant.Llm;
using Elara.Grains.Carts;
using Elara.Grains.SearchIndex;
using Elara.Runtime.Testing;
using Elara.Runtime.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;

namespace Elara.Grains.Tests.Assistant;

/// <summary>The language-model mode against a stub OpenAI-compatible server, and the built-in fallback.</summary>
public sealed class LlmModeTests
{
    static async Task<TestSilo> StartAsync(Uri endpoint, TimeSpan? timeout = null)
    {
        var options = new AssistantLlmOptions { Endpoint = endpoint, Model = "stub-model", Timeout = timeout ?? TimeSpan.FromSeconds(5) };
        var silo = await ShopSilo.StartAsync(services: s => s.AddSingleton<IConversationResponder>(
            new LlmResponder(new OpenAIChatClient(options), options, NullLogger<LlmResponder>.Instance)));
        for (var i = 1; i <= 4; i++)
        {
            await silo.AddProductAsync($"lantern-{i}", price: 10m * i, name: $"Lantern number {i}");
        }

        var index = silo.Services.GetRequiredService<SiloCatalogIndex>();
        await Eventually.HoldsAsync(() => index.Count == 4, "4 products indexed");
        return silo;
    }

    static async Task<IConversationGrain> ConversationAsync(TestSilo silo, string shopperId)
    {
        var conversation = silo.Grains.GetGrain<IConversationGrain>(ConversationIds.New());
        await conversation.StartAsync(shopperId);
        return conversation;
    }

    static string ToolResult(JsonObject request) =>
        request["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "tool")!["content"]!.GetValue<string>();

    [Fact]
    public async Task The_models_tool_call_runs_the_search_and_its_cards_come_back_with_the_models_words()
    {
        await using var server = await StubChatServer.StartAsync();
        server.Script = request => Task.FromResult(StubChatServer.HasToolResult(request)
            ? StubChatServer.Text("I found two lanterns within your budget.")
            : StubChatServer.ToolCall("search_products", new { query = "lanterns under £25" }));
        await using var silo = await StartAsync(server.Endpoint);
        var conversation = await ConversationAsync(silo, "u-1");

        var reply = await conversation.SendAsync("u-1", "I'd love a lantern, not too dear");

        reply.Reply.ShouldBe("I found two lanterns within your budget.");
        reply.Cards.Select(c => c.Id).OrderBy(id => id).ShouldBe(["lantern-1", "lantern-2"]);
        var requests = server.Requests.ToList();
        requests.Count.ShouldBe(2);
        requests[0]["model"]!.GetValue<string>().ShouldBe("stub-model");
        requests[0]["tools"]!.AsArray().Select(t => t!["function"]!["name"]!.GetValue<string>())
            .ShouldBe(["search_products", "add_to_cart", "remove_from_cart", "show_cart", "add_to_list", "recommend", "order_status"]);
        ToolResult(requests[1]).ShouldContain("Lantern number 2");
        (await conversation.GetAsync("u-1")).Constraints.MaxPrice.ShouldBe(25m);
    }

    [Fact]
    public async Task A_tool_call_adds_the_product_at_a_position_to_the_owners_cart()
    {
        await using var server = await StubChatServer.StartAsync();
        await using var silo = await StartAsync(server.Endpoint);
        var conversation = await ConversationAsync(silo, "u-1");
        server.Script = request => Task.FromResult(StubChatServer.HasToolResult(request)
            ? StubChatServer.Text("Here you go.")
            : StubChatServer.ToolCall("search_products", new { query = "lanterns" }));
        var shown = await conversation.SendAsync("u-1", "lanterns please");

        server.Script = request => Task.FromResult(StubChatServer.HasToolResult(request)
            ? StubChatServer.Text("Added it.")
            : StubChatServer.ToolCall("add_to_cart", new { position = 2, quantity = 2, shopper_id = "u-victim" }));
        var added = await conversation.SendAsync("u-1", "add the second one, two of them");

        added.Actions.ShouldBe([new AssistantAction(AssistantActionKind.AddedToCart, shown.Cards[1].Id, 2)]);
        (await silo.Grains.GetGrain<ICartGrain>("u-1").GetAsync()).Lines.Single().ShouldSatisfyAllConditions(
            l => l.ProductId.ShouldBe(shown.Cards[1].Id),
            l => l.Quantity.ShouldBe(2));
        (await silo.Grains.GetGrain<ICartGrain>("u-victim").GetAsync()).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_position_that_was_not_shown_or_an_unknown_function_does_nothing()
    {
        await using var server = await StubChatServer.StartAsync();
        await using var silo = await StartAsync(server.Endpoint);
        var conversation = await ConversationAsync(silo, "u-1");
        var round = 0;
        server.Script = _ => Task.FromResult(++round switch
        {
            1 => StubChatServer.ToolCall("add_to_cart", new { position = 7 }),
            2 => StubChatServer.ToolCall("empty_every_cart", new { }),
            _ => StubChatServer.Text("Sorry, I couldn't do that."),
        });

        var reply = await conversation.SendAsync("u-1", "add number 7");

        (reply.Reply, reply.Actions.Count).ShouldBe(("Sorry, I couldn't do that.", 0));
        ToolResult(server.Requests.Last()).ShouldContain("no function 'empty_every_cart'");
        (await silo.Grains.GetGrain<ICartGrain>("u-1").GetAsync()).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task With_the_server_down_the_built_in_assistant_answers()
    {
        await using var silo = await StartAsync(new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/v1"));
        var conversation = await ConversationAsync(silo, "u-1");

        var reply = await conversation.SendAsync("u-1", "lanterns under £25");

        reply.Cards.Select(c => c.Id).OrderBy(id => id).ShouldBe(["lantern-1", "lantern-2"]);
        reply.Reply.ShouldStartWith("Here are 2 picks");
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_is_left_for_the_built_in_assistant()
    {
        await using var server = await StubChatServer.StartAsync();
        using var release = new CancellationTokenSource();
        server.Script = async _ =>
        {
            await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return StubChatServer.Text("too late");
        };
        await using var silo = await StartAsync(server.Endpoint, TimeSpan.FromMilliseconds(300));
        var conversation = await ConversationAsync(silo, "u-1");

        var reply = await conversation.SendAsync("u-1", "lanterns under £15");
        await release.CancelAsync();

        reply.Cards.Select(c => c.Id).ShouldBe(["lantern-1"]);
        reply.Reply.ShouldNotBe("too late");
    }
}
