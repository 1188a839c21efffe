using Elara.Grains.Assistant.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Elara.Grains.Assistant;

/// <summary>Picks the responder from configuration: the language model when "Elara:Assistant:Llm:Endpoint" is set, else the built-in one.</summary>
public static class AssistantResponders
{
    public static IConversationResponder Create(IServiceProvider services)
    {
        var options = services.GetService<IConfiguration>()?.GetSection(AssistantLlmOptions.Section).Get<AssistantLlmOptions>();
        return options?.Endpoint is null
            ? new BuiltInResponder()
            : new LlmResponder(new OpenAIChatClient(options), options, services.GetRequiredService<ILogger<LlmResponder>>());
    }
}
