namespace Elara.Grains.Search;

/// <summary>
/// Everything one version of the catalog needs for searching, built once and never changed, so any number of
/// readers can use it while the next version is built.
/// </summary>
public sealed class IndexSnapshot
{
    public IndexSnapshot(IReadOnlyList<AnalyzedProduct> products, SearchIndexOptions options)
    {
        Products = products;
        Options = options;
        Bm25 = new Bm25Index([.. products.Select(p => p.Fields)], options.Bm25);
        Vocabulary = new CatalogVocabulary(products);
        Synonyms = new CatalogSynonyms(products.Select(p => p.Terms(SearchField.Name)));
        Suggester = new Suggester(products);
        Facets = new FacetCounter(products);
        Columns = new ProductColumns(products);
        WordFilters = new WordFilters(products);
        Positions = Number(products);
        EveryDocument = [.. Enumerable.Range(0, products.Count).Select(d => new ScoredDocument(d, 1, 0))];
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in products.SelectMany(p => p.Surface))
        {
            frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
        }

        Spelling = new SpellingCorrector(frequencies);
        Semantic = options.Semantic.Enabled && products.Count >= options.Semantic.MinProducts
            ? new SemanticIndex(products, options.Semantic)
            : null;
    }

    /// <summary>A copy whose products changed only in price, stock, popularity or date: the text structures are shared.</summary>
    IndexSnapshot(IndexSnapshot text, IReadOnlyList<AnalyzedProduct> products)
    {
        Products = products;
        Options = text.Options;
        Bm25 = text.Bm25;
        Vocabulary = text.Vocabulary;
        Synonyms = text.Synonyms;
        Suggester = text.Suggester;
        Spelling = text.Spelling;
        Positions = text.Positions;
        WordFilters = text.WordFilters;
        EveryDocument = text.EveryDocument;
        Semantic = text.Semantic;
        Facets = new FacetCounter(products);
        Columns = new ProductColumns(products);
    }

    public IReadOnlyList<AnalyzedProduct> Products { get; }

    public SearchIndexOptions Options { get; }

    public Bm25Index Bm25 { get; }

    public CatalogVocabulary Vocabulary { get; }

    public CatalogSynonyms Synonyms { get; }

    public Suggester Suggester { get; }

    public FacetCounter Facets { get; }

    public ProductColumns Columns { get; }

    public WordFilters WordFilters { get; }

    /// <summary>Each product id's position in <see cref="Products"/>.</summary>
    public IReadOnlyDictionary<string, int> Positions { get; }

    /// <summary>Every product with a neutral score: the candidates when the text has no words to match.</summary>
    public IReadOnlyList<ScoredDocument> EveryDocument { get; }

    public SpellingCorrector Spelling { get; }

    /// <summary>Product embeddings for hybrid search; null when turned off or the catalog is too small to learn from.</summary>
    public SemanticIndex? Semantic { get; }

    /// <summary>
    /// The next version when every change keeps a product's words (a price, stock or popularity update): about a
    /// hundredth of a full build. Suggestion order keeps the old popularity until the next full build.
    /// </summary>
    public IndexSnapshot WithValues(IEnumerable<AnalyzedProduct> changed)
    {
        var products = Products.ToArray();
        foreach (var product in changed)
        {
            products[Positions[product.Document.Id]] = product;
        }

        return new IndexSnapshot(this, products);
    }

    static Dictionary<string, int> Number(IReadOnlyList<AnalyzedProduct> products)
    {
        var positions = new Dictionary<string, int>(products.Count, StringComparer.Ordinal);
        for (var i = 0; i < products.Count; i++)
        {
            positions[products[i].Document.Id] = i;
        }

        return positions;
    }

    /// <summary>A rough size: strings at two bytes a character plus fixed costs per posting, key and delete entry.</summary>
    public long EstimatedBytes() =>
        Products.Sum(p => 200L + 2L * (p.Document.Name.Length + p.Document.Description.Length + p.Document.Category.Length)
            + 40L * (p.Fields.Sum(f => f.Length) + p.Surface.Length + p.FilterStems.Length))
        + 16L * Bm25.PostingCount + 60L * Bm25.TermCount
        + 8L * Suggester.KeyCount
        + 40L * Spelling.DeleteEntryCount
        + (Semantic?.EstimatedBytes ?? 0);
}
