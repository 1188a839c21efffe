namespace Elara.Silo.Catalog;

/// <summary>
/// The word lists one demo category is written from: what it sells, the styles, colours, sizes and brands its products
/// come in, and sentences about them for descriptions.
/// </summary>
public sealed record DemoCategory(
    string Slug,
    string Name,
    int ProductCount,
    IReadOnlyList<DemoItem> Items,
    IReadOnlyList<string> Styles,
    IReadOnlyList<string> Colours,
    IReadOnlyList<string> Sizes,
    IReadOnlyList<string> Brands,
    IReadOnlyList<string> Features);
