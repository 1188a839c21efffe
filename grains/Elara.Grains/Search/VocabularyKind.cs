namespace Elara.Grains.Search;

/// <summary>What a catalog phrase names when a shopper types it.</summary>
public enum VocabularyKind
{
    Colour,
    Material,
    Size,
    Category,
}
