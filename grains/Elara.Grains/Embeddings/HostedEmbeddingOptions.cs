namespace Elara.Grains.Embeddings;

/// <summary>
/// An optional hosted embedding model ("Elara:Embeddings:Hosted"): any OpenAI-compatible embeddings endpoint. Off unless
/// <see cref="Endpoint"/> is set; recommendations then use its product vectors once every product has one, and the
/// catalog-trained local model until then or whenever the endpoint fails.
/// </summary>
public sealed class HostedEmbeddingOptions
{
    public const string Section = "Elara:Embeddings:Hosted";

    /// <summary>The API's base address, e.g. https://api.openai.com/v1 or http://127.0.0.1:8080/v1.</summary>
    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = "text-embedding-3-small";

    public string ApiKey { get; set; } = "unused";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Product texts per request.</summary>
    public int BatchSize { get; set; } = 64;
}
