namespace Elara.Silo.Catalog;

/// <summary>Where the web app serves a product's picture; every product has a placeholder at this address.</summary>
public static class ProductImages
{
    public static string UrlFor(string productId) => $"/images/products/{productId}.svg";
}
