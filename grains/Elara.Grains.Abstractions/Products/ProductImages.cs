namespace Elara.Grains.Products;

/// <summary>Where a product's picture is served; every product has a generated placeholder at this address.</summary>
public static class ProductImages
{
    public static string UrlFor(string productId) => $"/images/products/{productId}.svg";
}
