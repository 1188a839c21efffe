using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Embeddings;

namespace Elara.Grains.Embeddings;

/// <summary>
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over the official OpenAI SDK's embeddings client, for any
/// OpenAI-compatible endpoint. (The Microsoft.Extensions.AI.OpenAI adapter would do this, but it cannot be restored here.)
/// </summary>
public sealed class OpenAIEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    readonly EmbeddingClient client;
    readonly EmbeddingGeneratorMetadata metadata;
    readonly string model;

    public OpenAIEmbeddingGenerator(HostedEmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Endpoint);
        model = options.Model;
        client = new EmbeddingClient(options.Model, new ApiKeyCredential(options.ApiKey), new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 1),
        });
        metadata = new EmbeddingGeneratorMetadata("openai-compatible", options.Endpoint, options.Model);
    }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var inputs = values.ToList();
        if (inputs.Count == 0)
        {
            return [];
        }

        var response = (await client.GenerateEmbeddingsAsync(inputs, cancellationToken: cancellationToken)).Value;

        // The wire format numbers the vectors; answer them in the order the texts were given.
        return [.. response.OrderBy(e => e.Index).Select(e => new Embedding<float>(e.ToFloats()) { ModelId = model })];
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <summary>The SDK client holds no unmanaged resources.</summary>
    public void Dispose()
    {
    }
}
