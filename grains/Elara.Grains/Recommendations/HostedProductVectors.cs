using System.Collections.Concurrent;
using Elara.Grains.Embeddings;
using Elara.Grains.Recommenders;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Elara.Grains.Recommendations;

/// <summary>
/// Product vectors from a hosted embedding model, when one is configured: texts are embedded in the background in
/// batches and cached by product and text; a shelf gets them only once every product has one for its current text,
/// so a shopper's vector never mixes two models. Without a model, or while it is catching up or failing, the local
/// shelf is used unchanged.
/// </summary>
public sealed partial class HostedProductVectors(
    IEmbeddingGenerator<string, Embedding<float>>? generator,
    int batchSize,
    ILogger<HostedProductVectors> logger)
{
    readonly ConcurrentDictionary<string, (string Text, float[] Vector)> vectors = new(StringComparer.Ordinal);
    volatile Tuple<ProductVectorIndex, ProductVectorIndex>? applied;
    int refreshing;

    public bool Enabled => generator is not null;

    /// <summary>Reads "Elara:Embeddings:Hosted" from the host's configuration; disabled when it names no endpoint.</summary>
    public static HostedProductVectors Create(IServiceProvider services)
    {
        var options = services.GetService<IConfiguration>()?.GetSection(HostedEmbeddingOptions.Section).Get<HostedEmbeddingOptions>();
        var logger = services.GetRequiredService<ILogger<HostedProductVectors>>();
        return options?.Endpoint is null
            ? new HostedProductVectors(null, 1, logger)
            : new HostedProductVectors(new OpenAIEmbeddingGenerator(options), Math.Max(1, options.BatchSize), logger);
    }

    /// <summary>The shelf with hosted vectors when they cover it; otherwise <paramref name="local"/>, and a refresh starts.</summary>
    public ProductVectorIndex Apply(ProductVectorIndex local)
    {
        if (generator is null)
        {
            return local;
        }

        var cached = applied;
        if (cached is not null && cached.Item1 == local)
        {
            return cached.Item2;
        }

        var facts = new Dictionary<string, ProductFacts>(local.Count, StringComparer.Ordinal);
        var missing = false;
        foreach (var id in local.ProductIds)
        {
            local.TryGet(id, out var product);
            if (vectors.TryGetValue(id, out var hosted) && hosted.Text == TextOf(product))
            {
                facts[id] = product with { Vector = hosted.Vector };
            }
            else
            {
                missing = true;
                break;
            }
        }

        if (missing)
        {
            StartRefresh(local);
            return local;
        }

        var shelf = new ProductVectorIndex(facts, facts.Values.FirstOrDefault()?.Vector?.Length ?? 0, cached?.Item2);
        applied = Tuple.Create(local, shelf);
        return shelf;
    }

    /// <summary>What the model embeds of a product: its name and category.</summary>
    static string TextOf(ProductFacts product) => $"{product.Name} ({product.Category})";

    void StartRefresh(ProductVectorIndex local)
    {
        if (Interlocked.Exchange(ref refreshing, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var stale = local.ProductIds
                    .Select(id => (Id: id, Text: local.TryGet(id, out var p) ? TextOf(p) : ""))
                    .Where(p => !vectors.TryGetValue(p.Id, out var hosted) || hosted.Text != p.Text)
                    .ToList();
                foreach (var batch in stale.Chunk(batchSize))
                {
                    var embeddings = await generator!.GenerateAsync(batch.Select(p => p.Text));
                    for (var i = 0; i < batch.Length && i < embeddings.Count; i++)
                    {
                        vectors[batch[i].Id] = (batch[i].Text, embeddings[i].Vector.ToArray());
                    }
                }

                LogEmbedded(stale.Count);
            }
            catch (Exception e)
            {
                // The local vectors keep recommendations going; the next shelf change tries again.
                LogFailed(e);
            }
            finally
            {
                Volatile.Write(ref refreshing, 0);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recommendations: the hosted model embedded {Count} products")]
    partial void LogEmbedded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recommendations: the hosted embedding model failed; using the local vectors")]
    partial void LogFailed(Exception exception);
}
