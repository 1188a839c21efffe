using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Elara.Grains.Search;

/// <summary>
/// One search over one snapshot: correct spelling, parse, expand with synonyms, score with BM25F, filter, find the
/// semantically nearest products that pass the same filters, relax when both are empty, count facets, order (fusing
/// both rankings), page and explain. Pure apart from reading the thread-safe click synonyms.
/// </summary>
public static partial class SearchExecutor
{
    const int MaxPageSize = 100;

    public static SearchResult Run(IndexSnapshot snapshot, ClickSynonyms clicks, SearchQuery query)
    {
        var (text, correction) = Correct(snapshot, clicks, query.Text ?? "");
        var intent = QueryParser.Parse(text, snapshot.Vocabulary);
        var parsed = intent.Parsed;
        var terms = Expand(snapshot, clicks, parsed);
        var typedWeight = terms.Where(t => t.Typed).Sum(t => t.Weight);
        var scored = typedWeight > 0
            ? snapshot.Bm25.Score(terms)
            : snapshot.EveryDocument;

        var sort = query.Sort ?? parsed.Sort;
        // Ordered by price or date, a half match would rise above the product asked for; by relevance it sinks.
        var coverageShare = sort == SearchSort.Relevance ? 0.5 : 1;
        var constraints = SearchConstraints.For(query, parsed);
        var cheap = intent.Cheap && query.MaxPrice is null;
        var (matching, cheapBound, passes) = Match(snapshot, scored, constraints, cheap, coverageShare);
        var similar = Similar(snapshot, parsed, sort, passes, cheapBound);
        string? relaxed = null;
        if (matching.Count == 0 && similar.Count == 0 && scored.Count > 0)
        {
            var loosened = new List<string>();
            foreach (var (label, looser, keepCheap) in Relaxation.Steps(constraints, parsed, query, cheap))
            {
                loosened.Add(label);
                (matching, cheapBound, passes) = Match(snapshot, scored, looser, keepCheap, coverageShare);
                if (matching.Count > 0)
                {
                    relaxed = string.Join(", ", loosened);
                    similar = Similar(snapshot, parsed, sort, passes, cheapBound);
                    break;
                }
            }
        }

        Rank(snapshot, query, parsed, matching, typedWeight);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var wanted = (int)Math.Min((long)page * pageSize, int.MaxValue);
        var top = similar.Count == 0
            ? Top(snapshot, matching, sort, Math.Min(wanted, matching.Count))
            : Fuse(snapshot, matching, similar, wanted);
        var hits = top.Skip((int)Math.Min((long)(page - 1) * pageSize, top.Count))
            .Select(r => Hit(snapshot, r, terms, parsed, cheapBound, similar))
            .ToList();
        var facets = snapshot.Facets.Count(matching);
        return new SearchResult(hits, matching.Count, page, pageSize, facets, parsed, correction, relaxed);
    }

    /// <summary>Replaces words no product, parser rule or past query knows by their nearest catalog word.</summary>
    static (string Text, string? Correction) Correct(IndexSnapshot snapshot, ClickSynonyms clicks, string text)
    {
        var changed = false;
        var corrected = WordPattern().Replace(text.ToLowerInvariant(), m =>
        {
            var word = m.Value;
            if (word.Length < 4 || StopWords.Contains(word) || QueryParser.Keywords.Contains(word)
                || snapshot.Spelling.IsKnown(word) || snapshot.Bm25.Contains(TextAnalyzer.Term(word))
                || clicks.Knows(word))
            {
                return word;
            }

            var replacement = snapshot.Spelling.Correct(word);
            changed |= replacement is not null;
            return replacement ?? word;
        });
        return changed ? (corrected, corrected.Trim()) : (text, null);
    }

    /// <summary>Typed words at full weight, then lighter expansions: learned synonyms and the filter words themselves.</summary>
    static List<QueryTerm> Expand(IndexSnapshot snapshot, ClickSynonyms clicks, ParsedQuery parsed)
    {
        var options = snapshot.Options;
        var terms = new Dictionary<string, QueryTerm>(StringComparer.Ordinal);
        foreach (var word in parsed.Terms)
        {
            terms.TryAdd(TextAnalyzer.Term(word), new QueryTerm(TextAnalyzer.Term(word), word, 1, TermRole.Typed));
        }

        var typed = terms.Keys.ToList();
        void AddExpansion(string stem, double weight, TermRole role)
        {
            if (!terms.TryGetValue(stem, out var existing) || (!existing.Typed && existing.Weight < weight))
            {
                terms[stem] = new QueryTerm(stem, stem, weight, role);
            }
        }

        foreach (var stem in typed)
        {
            foreach (var related in snapshot.Synonyms.For(stem))
            {
                AddExpansion(related, options.CatalogSynonymWeight, TermRole.Synonym);
            }
        }

        foreach (var (stem, share) in clicks.RelatedTo(typed))
        {
            AddExpansion(stem, options.ClickSynonymWeight * share, TermRole.Synonym);
        }

        foreach (var value in parsed.Colours.Concat(parsed.Materials).Concat(parsed.Sizes))
        {
            foreach (var stem in TextAnalyzer.Terms(value))
            {
                AddExpansion(stem, options.FilterWordWeight, TermRole.Boost);
            }
        }

        return [.. terms.Values];
    }

    /// <summary>
    /// Scored documents that pass the filters and cover at least <paramref name="coverageShare"/> of what the best one
    /// covers (OR retrieval tolerates a dropped word without flooding the answer with one-word matches).
    /// </summary>
    static (List<ScoredDocument> Matching, decimal? CheapBound, bool[] Passes) Match(
        IndexSnapshot snapshot, IReadOnlyList<ScoredDocument> scored, SearchConstraints constraints, bool cheap, double coverageShare)
    {
        var passes = snapshot.Columns.Admitted(constraints);
        snapshot.WordFilters.Narrow(constraints, passes);
        var admitted = new List<ScoredDocument>();
        var bestCoverage = 0.0;
        foreach (var s in scored)
        {
            if (passes[s.Document])
            {
                admitted.Add(s);
                bestCoverage = Math.Max(bestCoverage, s.Coverage);
            }
        }

        // Filtered in place: broad queries match tens of thousands, and every copy of such a list is a large-object
        // allocation that brings a full collection closer.
        admitted.RemoveAll(s => s.Coverage < bestCoverage * coverageShare);
        if (!cheap)
        {
            return (admitted, null, passes);
        }

        var bound = PriceBands.CheapBound([.. admitted.Select(m => snapshot.Columns.Price(m.Document))]);
        admitted.RemoveAll(m => snapshot.Columns.Price(m.Document) > bound);
        return (admitted, bound, passes);
    }

    /// <summary>
    /// Products nearest the typed words in the catalog's embedding that pass the same filters, best first. Only for
    /// relevance order: sorted by price or date, a loose neighbour would jump above the products asked for.
    /// </summary>
    static List<int> Similar(IndexSnapshot snapshot, ParsedQuery parsed, SearchSort sort, bool[] passes, decimal? cheapBound)
    {
        if (snapshot.Semantic is not { } semantic || sort != SearchSort.Relevance || parsed.Terms.Count == 0)
        {
            return [];
        }

        var options = snapshot.Options.Semantic;
        var similar = semantic.Nearest(parsed.Terms.Select(TextAnalyzer.Term), passes, options.Candidates, options.MinSimilarity);
        if (cheapBound is { } bound)
        {
            similar.RemoveAll(d => snapshot.Columns.Price(d) > bound);
        }

        return similar;
    }

    /// <summary>
    /// The best <paramref name="wanted"/> of the lexical ranking fused with the semantic one. Products only the
    /// semantic side found join <paramref name="matching"/>, so the total and the facets count them too.
    /// </summary>
    static List<ScoredDocument> Fuse(IndexSnapshot snapshot, List<ScoredDocument> matching, List<int> similar, int wanted)
    {
        var options = snapshot.Options.Semantic;
        var lexical = Top(snapshot, matching, SearchSort.Relevance, Math.Min(Math.Max(wanted, options.Candidates), matching.Count));
        var fused = ReciprocalRankFusion.Fuse(lexical, similar, options.Weight, options.RankConstant);
        // A set of the few semantic candidates, not a pooled flag per product: a rented array's contents are
        // whatever its last user left, and a stale flag silently dropped products from the total.
        var onlySimilar = new HashSet<int>(similar);
        foreach (var m in matching)
        {
            onlySimilar.Remove(m.Document);
        }

        matching.AddRange(similar.Where(onlySimilar.Contains).Select(d => new ScoredDocument(d, 0, 0)));
        return fused.Count > wanted ? fused[..wanted] : fused;
    }

    // A shopper's last few views say what they are after now; older ones fade.
    const int PreferenceProducts = 20;
    const float PreferenceDecay = 0.8f;

    /// <summary>Turns BM25F scores into final scores in place: coverage, popularity, named category, personal affinity.</summary>
    static void Rank(
        IndexSnapshot snapshot, SearchQuery query, ParsedQuery parsed, List<ScoredDocument> matching, double typedWeight)
    {
        var options = snapshot.Options;
        var preference = PreferenceOf(snapshot, query);
        var ranked = CollectionsMarshal.AsSpan(matching);
        for (var i = 0; i < ranked.Length; i++)
        {
            var m = ranked[i];
            var columns = snapshot.Columns;
            var coverage = typedWeight > 0 ? m.Coverage / typedWeight : 1;
            var score = m.Score * (0.25 + 0.75 * coverage) * (1 + options.PopularityWeight * columns.Popularity[m.Document]);
            if (parsed.Category is { } named && string.Equals(named, columns.CategoryName(m.Document), StringComparison.OrdinalIgnoreCase))
            {
                score *= 1 + options.NamedCategoryBoost;
            }

            if (query.CategoryAffinity is { } affinity)
            {
                score *= 1 + options.AffinityWeight * Affinity(affinity, columns, m.Document);
            }

            if (preference is not null)
            {
                score *= 1 + options.PreferenceWeight * Math.Max(0, snapshot.Semantic!.Similarity(preference, m.Document));
            }

            ranked[i] = m with { Score = score };
        }
    }

    /// <summary>The shopper's preference vector from the products they just viewed; null without them or embeddings.</summary>
    static float[]? PreferenceOf(IndexSnapshot snapshot, SearchQuery query)
    {
        if (query.RecentProducts is not { Count: > 0 } recent || snapshot.Semantic is not { } semantic)
        {
            return null;
        }

        var documents = recent.Take(PreferenceProducts).Select(id => snapshot.Positions.TryGetValue(id, out var d) ? d : -1).Where(d => d >= 0);
        var preference = new float[semantic.Dimensions];
        return semantic.TryPreference(documents, PreferenceDecay, preference) ? preference : null;
    }

    /// <summary>The shopper's affinity for the product's category, keyed by category name or slug.</summary>
    static double Affinity(IReadOnlyDictionary<string, double> affinity, ProductColumns columns, int document) =>
        affinity.TryGetValue(columns.CategoryName(document), out var byName) ? byName
        : affinity.TryGetValue(columns.CategorySlug(document), out var bySlug) ? bySlug
        : 0;

    /// <summary>The best <paramref name="count"/> in order, with a bounded heap instead of sorting everything.</summary>
    static List<ScoredDocument> Top(IndexSnapshot snapshot, List<ScoredDocument> ranked, SearchSort sort, int count)
    {
        var heap = new PriorityQueue<ScoredDocument, RankKey>(count + 1, RankKey.WorstFirst);
        var columns = snapshot.Columns;
        foreach (var s in ranked)
        {
            var key = sort switch
            {
                SearchSort.PriceAscending => new RankKey((double)-columns.Price(s.Document), s.Score, s.Document),
                SearchSort.PriceDescending => new RankKey((double)columns.Price(s.Document), s.Score, s.Document),
                SearchSort.BestRated => new RankKey(columns.Popularity[s.Document], s.Score, s.Document),
                SearchSort.Newest => new RankKey(columns.UpdatedTicks[s.Document], s.Score, s.Document),
                _ => new RankKey(s.Score, columns.Popularity[s.Document], s.Document),
            };
            if (heap.Count < count)
            {
                heap.Enqueue(s, key);
            }
            else
            {
                // Returns at once when the newcomer is no better than the worst kept, the common case.
                heap.EnqueueDequeue(s, key);
            }
        }

        var top = new List<ScoredDocument>(heap.Count);
        while (heap.TryDequeue(out var s, out _))
        {
            top.Add(s);
        }

        top.Reverse();
        return top;
    }

    static SearchHit Hit(
        IndexSnapshot snapshot, ScoredDocument scored, List<QueryTerm> terms, ParsedQuery parsed, decimal? cheapBound, List<int> similar)
    {
        var product = snapshot.Products[scored.Document];
        var document = product.Document;
        var why = Why.For(product, terms, parsed, cheapBound, similar.Contains(scored.Document));
        return new SearchHit(document.Id, document.Name, document.Category, document.Price, document.Stock, Math.Round(scored.Score, 4), why);
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordPattern();
}
