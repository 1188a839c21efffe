using System.Buffers;
using System.Runtime.InteropServices;

namespace Elara.Grains.Search;

/// <summary>
/// An immutable BM25F inverted index over documents numbered 0..n-1. Each posting stores the document's
/// field-weighted, length-normalised term frequency, so a query only adds up idf * tf / (k1 + tf).
/// </summary>
public sealed class Bm25Index
{
    // A private pool: arrays come back zeroed by us, which a shared pool would not promise.
    static readonly ArrayPool<double> Pool = ArrayPool<double>.Create(1 << 21, 64);

    readonly Dictionary<string, Posting[]> _postings;
    readonly double _k1;

    /// <param name="documents">Per document, stemmed terms per field in <see cref="SearchField"/> order.</param>
    public Bm25Index(IReadOnlyList<string[][]> documents, Bm25Options options)
    {
        _k1 = options.K1;
        DocumentCount = documents.Count;
        var fields = options.FieldWeights.Length;
        var averageLength = new double[fields];
        foreach (var document in documents)
        {
            for (var f = 0; f < fields; f++)
            {
                averageLength[f] += document[f].Length;
            }
        }

        for (var f = 0; f < fields; f++)
        {
            averageLength[f] = Math.Max(1, averageLength[f] / Math.Max(1, documents.Count));
        }

        var building = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            frequencies.Clear();
            for (var f = 0; f < fields; f++)
            {
                var terms = documents[d][f];
                var norm = 1 - options.LengthNormalisation[f] + options.LengthNormalisation[f] * terms.Length / averageLength[f];
                foreach (var term in terms)
                {
                    ref var tf = ref CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _);
                    tf += options.FieldWeights[f] / norm;
                }
            }

            foreach (var (term, tf) in frequencies)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(building, term, out _);
                (list ??= []).Add(new Posting(d, (float)tf));
            }
        }

        _postings = building.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public int DocumentCount { get; }

    public int TermCount => _postings.Count;

    public long PostingCount => _postings.Values.Sum(p => (long)p.Length);

    public bool Contains(string stem) => _postings.ContainsKey(stem);

    public int DocumentFrequency(string stem) => _postings.TryGetValue(stem, out var p) ? p.Length : 0;

    public double Idf(string stem)
    {
        var df = DocumentFrequency(stem);
        return Math.Log(1 + (DocumentCount - df + 0.5) / (df + 0.5));
    }

    /// <summary>
    /// Scores every document holding at least one typed or synonym term (OR semantics, so a dropped or extra word
    /// costs score, not the match); coverage is the typed weight the document holds.
    /// </summary>
    public IReadOnlyList<ScoredDocument> Score(IReadOnlyList<QueryTerm> terms)
    {
        var scores = Pool.Rent(Math.Max(1, DocumentCount));
        var coverage = Pool.Rent(Math.Max(1, DocumentCount));
        var touched = new List<int>();
        try
        {
            // Boost terms come last and only add to documents the others found.
            foreach (var term in terms.OrderBy(t => t.Role == TermRole.Boost))
            {
                if (!_postings.TryGetValue(term.Stem, out var postings))
                {
                    continue;
                }

                var idf = Idf(term.Stem) * term.Weight;
                foreach (var posting in postings)
                {
                    if (scores[posting.Document] == 0)
                    {
                        if (term.Role == TermRole.Boost)
                        {
                            continue;
                        }

                        touched.Add(posting.Document);
                    }

                    scores[posting.Document] += idf * posting.Frequency / (_k1 + posting.Frequency);
                    if (term.Typed)
                    {
                        coverage[posting.Document] += term.Weight;
                    }
                }
            }

            var result = new ScoredDocument[touched.Count];
            for (var i = 0; i < touched.Count; i++)
            {
                var d = touched[i];
                result[i] = new ScoredDocument(d, scores[d], coverage[d]);
            }

            return result;
        }
        finally
        {
            // Only touched slots were written, so resetting them leaves both pooled arrays all zeros for the next query.
            foreach (var d in touched)
            {
                scores[d] = 0;
                coverage[d] = 0;
            }

            Pool.Return(scores);
            Pool.Return(coverage);
        }
    }

    readonly record struct Posting(int Document, float Frequency);
}
