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
/// stock, popularity), the build reuses the text structures and only redoes the value columns.
/// </remarks>
public sealed class CatalogSearchIndex
{
    readonly Lock _gate = new();
    readonly Dictionary<string, AnalyzedProduct> _products = new(StringComparer.Ordinal);
    readonly ClickSynonyms _clicks = new();
    readonly SearchIndexOptions _options;
    readonly Dictionary<string, AnalyzedProduct> _valueChanges = new(StringComparer.Ordinal);
    volatile IndexSnapshot _snapshot;
    volatile bool _stale;
    volatile Tuple<IndexSnapshot?, ProductVectorIndex> _shelf = Tuple.Create<IndexSnapshot?, ProductVectorIndex>(null, ProductVectorIndex.Empty);
    bool _textChanged;

    public CatalogSearchIndex()
        : this(new SearchIndexOptions())
    {
    }

    public CatalogSearchIndex(SearchIndexOptions options)
    {
        _options = options;
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

    public void Upsert(SearchDocument document)
    {
        var analyzed = AnalyzedProduct.From(document);
        lock (_gate)
        {
            if (!_textChanged && _snapshot.Positions.TryGetValue(document.Id, out var position)
                && _snapshot.Products[position].SameText(analyzed))
            {
                _valueChanges[document.Id] = analyzed;
            }
            else
            {
                _textChanged = true;
            }

            _products[document.Id] = analyzed;
            _stale = true;
        }
    }

    public void UpsertMany(IEnumerable<SearchDocument> documents)
    {
        // Analysis is the costly part and needs no lock; order is kept so the last copy of a repeated id wins.
        var analyzed = documents.AsParallel().AsOrdered().Select(AnalyzedProduct.From).ToList();
        lock (_gate)
        {
            foreach (var product in analyzed)
            {
                _products[product.Document.Id] = product;
            }

            _stale = _textChanged = true;
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
            shelf = Tuple.Create<IndexSnapshot?, ProductVectorIndex>(snapshot, ShelfOf(snapshot));
            _shelf = shelf;
        }

        return shelf.Item2;
    }

    static ProductVectorIndex ShelfOf(IndexSnapshot snapshot)
    {
        var dimensions = snapshot.Semantic?.Dimensions ?? 0;
        var facts = new Dictionary<string, ProductFacts>(snapshot.Products.Count, StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Products.Count; i++)
        {
            var d = snapshot.Products[i].Document;
            facts[d.Id] = new ProductFacts(d.Name, d.Category, d.Price, d.Stock, snapshot.Semantic?.VectorOf(i).ToArray());
        }

        return new ProductVectorIndex(facts, dimensions);
    }

    /// <summary>An estimate of the index's memory, for benchmarks.</summary>
    public long EstimatedBytes() => Current().EstimatedBytes();

    IndexSnapshot Current()
    {
        if (!_stale)
        {
            return _snapshot;
        }

        lock (_gate)
        {
            if (_stale)
            {
                _snapshot = _textChanged
                    ? new IndexSnapshot([.. _products.Values], _options)
                    : _snapshot.WithValues(_valueChanges.Values);
                _valueChanges.Clear();
                _stale = _textChanged = false;
            }

            return _snapshot;
        }
    }
}
