using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Elara.Grains.Tests.Assistant;

/// <summary>
/// An OpenAI-compatible chat completions and embeddings server on a free loopback port, speaking the real wire format
/// (tool calls out, tool results in; vectors as floats or base64). <see cref="Script"/> decides each answer from the request; every request is kept.
/// </summary>
internal sealed class StubChatServer : IAsyncDisposable
{
    readonly WebApplication app;

    StubChatServer(WebApplication app) => this.app = app;

    public Func<JsonObject, Task<JsonObject>> Script { get; set; } = _ => Task.FromResult(Text("Hello."));

    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    /// <summary>The vector the embeddings route answers for one input text.</summary>
    public Func<string, float[]> Embed { get; set; } = _ => [1, 0];

    /// <summary>When set, the embeddings route answers 500 (a failing model).</summary>
    public bool EmbeddingsFail { get; set; }

    public Uri Endpoint => new(app.Urls.Single() + "/v1");

    public static async Task<StubChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new StubChatServer(app);
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            server.Requests.Enqueue(request);
            var answer = await server.Script(request);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.ToJsonString());
        });
        app.MapPost("/v1/embeddings", async (HttpContext context) =>
        {
            var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            server.Requests.Enqueue(request);
            if (server.EmbeddingsFail)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }

            var inputs = request["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [request["input"]!.GetValue<string>()];
            var base64 = request["encoding_format"]?.GetValue<string>() == "base64";
            var data = new JsonArray([.. inputs.Select((text, i) => (JsonNode)new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = base64
                    ? Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(server.Embed(text).AsSpan()))
                    : new JsonArray([.. server.Embed(text).Select(v => (JsonNode)v)]),
            })]);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(new JsonObject
            {
                ["object"] = "list",
                ["data"] = data,
                ["model"] = "stub-embedding",
                ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Count, ["total_tokens"] = inputs.Count },
            }.ToJsonString());
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>A completion whose message is plain text.</summary>
    public static JsonObject Text(string content) => Completion(new JsonObject { ["role"] = "assistant", ["content"] = content }, "stop");

    /// <summary>A completion that calls one function with the given arguments.</summary>
    public static JsonObject ToolCall(string name, object arguments) => Completion(
        new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["id"] = "call_" + Guid.NewGuid().ToString("N")[..8],
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = name, ["arguments"] = JsonSerializer.Serialize(arguments) },
            }),
        },
        "tool_calls");

    /// <summary>Whether the request already carries a tool result (the model's second round).</summary>
    public static bool HasToolResult(JsonObject request) =>
        request["messages"]!.AsArray().Any(m => m!["role"]!.GetValue<string>() == "tool");

    static JsonObject Completion(JsonObject message, string finishReason) => new()
    {
        ["id"] = "chatcmpl-stub",
        ["object"] = "chat.completion",
        ["created"] = 1763726400,
        ["model"] = "stub-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
    };

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
