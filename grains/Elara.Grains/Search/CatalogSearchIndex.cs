using Elara.Grains.Recommenders;

namespace Elara.Grains.Search;

/// <summary>
/// The in-memory product index one silo holds: BM25 over weighted fields, facets, spelling and suggestions.
/// Safe for many concurrent readers while one writer upserts.
/// </summary>
/// <remarks>
/// Writes only record the analyzed document and mark the index stale; the next read builds an immutable
/// <see cref="IndexSnapshot"/> from the cached analyses and swaps it in. Readers never see a half-built index, and a
/// burst of upserts costs one build rather than one each. When every pending change keeps the product's words (price,
/// stock, popularity), the build reuses the text structures and only redoes the value columns. Changes of popularity
/// alone wait up to <see cref="SearchIndexOptions.PopularityRefresh"/> for a build.
/// </remarks>
public sealed class CatalogSearchIndex
{
    /// <summary>Below this many documents to analyze, PLINQ's start-up costs more than it saves.</summary>
    const int ParallelAnalysisFrom = 64;

    readonly Lock _gate = new();
    readonly Dictionary<string, AnalyzedProduct> _products = new(StringComparer.Ordinal);
    readonly ClickSynonyms _clicks = new();
    readonly SearchIndexOptions _options;
    readonly Dictionary<string, AnalyzedProduct> _valueChanges = new(StringComparer.Ordinal);
    volatile IndexSnapshot _snapshot;
    readonly TimeProvider _clock;
    volatile bool _stale;

    /// <summary>When staged popularity changes are due in a snapshot (a <see cref="TimeProvider"/> timestamp); 0 if none wait.</summary>
    long _popularityDue;
    volatile Tuple<IndexSnapshot?, ProductVectorIndex> _shelf = Tuple.Create<IndexSnapshot?, ProductVectorIndex>(null, ProductVectorIndex.Empty);
    bool _textChanged;

    public CatalogSearchIndex()
        : this(new SearchIndexOptions())
    {
    }

    public CatalogSearchIndex(SearchIndexOptions options, TimeProvider? clock = null)
    {
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _snapshot = new IndexSnapshot([], options);
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _products.Count;
            }
        }
    }

    public void Upsert(SearchDocument document) => UpsertMany([document]);

    /// <summary>
    /// Stages the documents for the next snapshot. Only new words are analyzed (the costly part, outside the lock); a
    /// document whose words the index already has (a price, stock or popularity change) reuses that analysis, and when
    /// every staged change is of that kind the next snapshot shares the text structures, content vectors included.
    /// </summary>
    public void UpsertMany(IEnumerable<SearchDocument> documents)
    {
        var staged = documents.ToList();
        var analyzed = new AnalyzedProduct?[staged.Count];
        lock (_gate)
        {
            for (var i = 0; i < staged.Count; i++)
            {
                if (_products.TryGetValue(staged[i].Id, out var known) && known.Document.SameText(staged[i]))
                {
                    analyzed[i] = known with { Document = staged[i] };
                }
            }
        }

        var fresh = Enumerable.Range(0, staged.Count).Where(i => analyzed[i] is null).ToList();
        if (fresh.Count >= ParallelAnalysisFrom)
        {
            fresh.AsParallel().ForAll(i => analyzed[i] = AnalyzedProduct.From(staged[i]));
        }
        else
        {
            fresh.ForEach(i => analyzed[i] = AnalyzedProduct.From(staged[i]));
        }

        lock (_gate)
        {
            // In order, so the last copy of a repeated id wins.
            foreach (var product in analyzed)
            {
                Stage(product!);
            }
        }
    }

    public void Remove(string productId)
    {
        lock (_gate)
        {
            if (_products.Remove(productId))
            {
                _stale = _textChanged = true;
            }
        }
    }

    /// <summary>How many snapshots were built from the words up (content vectors included) rather than from new values only.</summary>
    public int TextBuilds { get; private set; }

    public SearchResult Search(SearchQuery query) => SearchExecutor.Run(Current(), _clicks, query);

    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit, IReadOnlyList<string> popularQueries) =>
        Current().Suggester.Suggest(prefix, limit, popularQueries);

    /// <summary>A shopper who searched <paramref name="query"/> clicked <paramref name="productId"/>: a hint for learned synonyms.</summary>
    public void RecordClick(string query, string productId)
    {
        var parsed = QueryParser.Parse(query, Current().Vocabulary).Parsed;
        _clicks.Record([.. parsed.Terms.Select(TextAnalyzer.Term)], productId);
    }

    /// <summary>
    /// The products as recommenders see them (facts and content vectors), made from the current snapshot and kept until
    /// the next one, so stock and prices are as fresh as search's.
    /// </summary>
    public ProductVectorIndex Shelf()
    {
        // Readers may race to build the same shelf; either copy is right, and the swap is one reference.
        var snapshot = Current();
        var shelf = _shelf;
        if (shelf.Item1 != snapshot)
        {
            shelf = Tuple.Create<IndexSnapshot?, ProductVectorIndex>(snapshot, ShelfOf(snapshot, shelf.Item1, shelf.Item2));
            _shelf = shelf;
        }

        return shelf.Item2;
    }

    /// <summary>Whether <paramref name="shelf"/> was made from the index as it is now (no change since).</summary>
    public bool IsCurrent(ProductVectorIndex shelf)
    {
        var cached = _shelf;
        return !_stale && ReferenceEquals(cached.Item2, shelf) && cached.Item1 == _snapshot;
    }

    static ProductVectorIndex ShelfOf(IndexSnapshot snapshot, IndexSnapshot? previousSnapshot, ProductVectorIndex previous)
    {
        // Counters flush every few seconds per product, so most snapshots change only popularity, prices or stock: the
        // same products with the same words and vectors. The shelf then keeps its vectors and cells; only changed
        // offers make a new one (copying every vector for each took tens of milliseconds on 10,000 products).
        if (previousSnapshot is not null
            && ReferenceEquals(previousSnapshot.Positions, snapshot.Positions)
            && ReferenceEquals(previousSnapshot.Semantic, snapshot.Semantic)
            && ChangedOffers(snapshot, previous) is { } offers)
        {
            return previous.WithOffers(offers);
        }

        var dimensions = snapshot.Semantic?.Dimensions ?? 0;
        var facts = new Dictionary<string, ProductFacts>(snapshot.Products.Count, StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Products.Count; i++)
        {
            var d = snapshot.Products[i].Document;
            facts[d.Id] = new ProductFacts(d.Name, d.Category, d.Price, d.Stock, snapshot.Semantic?.VectorOf(i).ToArray());
        }

        return new ProductVectorIndex(facts, dimensions, previous);
    }

    /// <summary>The products whose price or stock differ from the shelf's, or null if the shelf lacks one of them.</summary>
    static List<ProductOffer>? ChangedOffers(IndexSnapshot snapshot, ProductVectorIndex shelf)
    {
        var changed = new List<ProductOffer>();
        foreach (var product in snapshot.Products)
        {
            var d = product.Document;
            if (!shelf.TryGet(d.Id, out var facts))
            {
                return null;
            }

            if (facts.Price != d.Price || facts.Stock != d.Stock)
            {
                changed.Add(new ProductOffer(d.Id, d.Price, d.Stock));
            }
        }

        return changed;
    }

    /// <summary>An estimate of the index's memory, for benchmarks.</summary>
    public long EstimatedBytes() => Current().EstimatedBytes();

    void Stage(AnalyzedProduct analyzed)
    {
        var id = analyzed.Document.Id;
        _products[id] = analyzed;
        if (!_textChanged && _snapshot.Positions.TryGetValue(id, out var position)
            && _snapshot.Products[position].Document is var shown && shown.SameText(analyzed.Document))
        {
            _valueChanges[id] = analyzed;
            if (shown.Price == analyzed.Document.Price && shown.Stock == analyzed.Document.Stock)
            {
                if (Volatile.Read(ref _popularityDue) == 0)
                {
                    Volatile.Write(ref _popularityDue, Math.Max(1, _clock.GetTimestamp() + (long)(_options.PopularityRefresh.TotalSeconds * _clock.TimestampFrequency)));
                }

                return;
            }
        }
        else
        {
            _textChanged = true;
        }

        _stale = true;
    }

    bool PopularityDue() => Volatile.Read(ref _popularityDue) is var due and not 0 && _clock.GetTimestamp() >= due;

    IndexSnapshot Current()
    {
        if (!_stale && !PopularityDue())
        {
            return _snapshot;
        }

        lock (_gate)
        {
            if (_stale || PopularityDue())
            {
                if (_textChanged)
                {
                    _snapshot = new IndexSnapshot([.. _products.Values], _options);
                    TextBuilds++;
                }
                else
                {
                    _snapshot = _snapshot.WithValues(_valueChanges.Values);
                }

                _valueChanges.Clear();
                _stale = _textChanged = false;
                Volatile.Write(ref _popularityDue, 0);
            }

            return _snapshot;
        }
    }
}
