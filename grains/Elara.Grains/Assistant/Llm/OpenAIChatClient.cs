using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatRole = Microsoft.Extensions.AI.ChatRole;
using OpenAIChatMessage = OpenAI.Chat.ChatMessage;

namespace Elara.Grains.Assistant.Llm;

/// <summary>
/// <see cref="IChatClient"/> over the official OpenAI SDK's chat completions, for any OpenAI-compatible endpoint:
/// text, function tools and tool results in, text and function calls out. (The Microsoft.Extensions.AI.OpenAI
/// adapter would do this, but it cannot be restored here.) Streaming is answered in one piece.
/// </summary>
public sealed class OpenAIChatClient : IChatClient
{
    readonly ChatClient client;
    readonly ChatClientMetadata metadata;

    public OpenAIChatClient(AssistantLlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Endpoint);
        client = new ChatClient(options.Model, new ApiKeyCredential(options.ApiKey), new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            NetworkTimeout = options.Timeout,

            // The built-in assistant is the fallback: a retry would only make the shopper wait longer for it.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
        metadata = new ChatClientMetadata("openai-compatible", options.Endpoint, options.Model);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var completion = (await client.CompleteChatAsync(messages.Select(ToOpenAI), ToOpenAI(options), cancellationToken)).Value;
        var contents = new List<AIContent>();
        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        if (text.Length > 0)
        {
            contents.Add(new TextContent(text));
        }

        foreach (var call in completion.ToolCalls)
        {
            contents.Add(new FunctionCallContent(call.Id, call.FunctionName, Arguments(call.FunctionArguments)));
        }

        return new ChatResponse(new AiChatMessage(AiChatRole.Assistant, contents))
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            FinishReason = completion.FinishReason switch
            {
                OpenAI.Chat.ChatFinishReason.ToolCalls => Microsoft.Extensions.AI.ChatFinishReason.ToolCalls,
                OpenAI.Chat.ChatFinishReason.Length => Microsoft.Extensions.AI.ChatFinishReason.Length,
                OpenAI.Chat.ChatFinishReason.ContentFilter => Microsoft.Extensions.AI.ChatFinishReason.ContentFilter,
                _ => Microsoft.Extensions.AI.ChatFinishReason.Stop,
            },
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        // The SDK client holds no resources of its own to release.
    }

    static OpenAIChatMessage ToOpenAI(AiChatMessage message)
    {
        if (message.Role == AiChatRole.System)
        {
            return new SystemChatMessage(message.Text);
        }

        if (message.Role == AiChatRole.Tool)
        {
            var result = message.Contents.OfType<FunctionResultContent>().Single();
            return new ToolChatMessage(result.CallId, result.Result as string ?? JsonSerializer.Serialize(result.Result, AIJsonUtilities.DefaultOptions));
        }

        if (message.Role == AiChatRole.Assistant)
        {
            var calls = message.Contents.OfType<FunctionCallContent>()
                .Select(c => ChatToolCall.CreateFunctionToolCall(c.CallId, c.Name, BinaryData.FromString(JsonSerializer.Serialize(c.Arguments, AIJsonUtilities.DefaultOptions))))
                .ToList();
            return calls.Count > 0 ? new AssistantChatMessage(calls) : new AssistantChatMessage(message.Text);
        }

        return new UserChatMessage(message.Text);
    }

    static ChatCompletionOptions ToOpenAI(ChatOptions? options)
    {
        var completion = new ChatCompletionOptions { Temperature = options?.Temperature, MaxOutputTokenCount = options?.MaxOutputTokens };
        foreach (var function in options?.Tools?.OfType<AIFunctionDeclaration>() ?? [])
        {
            completion.Tools.Add(ChatTool.CreateFunctionTool(function.Name, function.Description, BinaryData.FromString(function.JsonSchema.GetRawText())));
        }

        return completion;
    }

    static Dictionary<string, object?>? Arguments(BinaryData json)
    {
        var text = json.ToString();
        return string.IsNullOrWhiteSpace(text)
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, object?>>(text, AIJsonUtilities.DefaultOptions);
    }
}
