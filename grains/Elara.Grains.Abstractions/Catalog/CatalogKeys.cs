namespace Elara.Grains.Catalog;

public static class CatalogKeys
{
    /// <summary>The one catalog a shop has.</summary>
    public const string Main = "main";
}
