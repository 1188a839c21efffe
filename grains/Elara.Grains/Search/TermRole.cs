namespace Elara.Grains.Search;

/// <summary>Why a term is in the scored query, which decides what it may do.</summary>
public enum TermRole
{
    /// <summary>The shopper typed it: it finds candidates and counts toward coverage.</summary>
    Typed,

    /// <summary>A learned synonym: it finds candidates but a product that has only it covers none of the query.</summary>
    Synonym,

    /// <summary>A filter's own word ("red"): it only lifts candidates other terms found.</summary>
    Boost,
}
