namespace Elara.Grains.Assistant.Llm;

/// <summary>
/// The optional language model ("Elara:Assistant:Llm"): any OpenAI-compatible chat completions endpoint. Off unless
/// <see cref="Endpoint"/> is set; the built-in assistant answers whenever the model fails or is slower than
/// <see cref="Timeout"/>.
/// </summary>
public sealed class AssistantLlmOptions
{
    public const string Section = "Elara:Assistant:Llm";

    /// <summary>The API's base address, e.g. http://127.0.0.1:8080/v1 for a local server.</summary>
    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>Local servers usually accept any key.</summary>
    public string ApiKey { get; set; } = "unused";

    /// <summary>The whole model answer, tool rounds included, must come within this.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How many times one answer may call tools before the model must reply.</summary>
    public int MaxToolRounds { get; set; } = 3;
}
