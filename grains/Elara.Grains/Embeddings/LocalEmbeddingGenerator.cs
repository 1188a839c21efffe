using Microsoft.Extensions.AI;

namespace Elara.Grains.Embeddings;

/// <summary>
/// The catalog-trained model behind the standard <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, so callers
/// can swap in a hosted model by configuration. Embedding is in-process CPU work, so it completes synchronously.
/// </summary>
public sealed class LocalEmbeddingGenerator(CatalogEmbeddingModel model) : IEmbeddingGenerator<string, Embedding<float>>
{
    const string ModelId = "elara-catalog-ppmi";

    readonly EmbeddingGeneratorMetadata _metadata = new("elara-local", null, ModelId, model.Dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vector = new float[model.Dimensions];
            model.Embed(value, vector);
            embeddings.Add(new Embedding<float>(vector) { ModelId = ModelId });
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(CatalogEmbeddingModel) ? model
        : null;

    /// <summary>Holds nothing to release: the model is plain managed memory.</summary>
    public void Dispose()
    {
    }
}
