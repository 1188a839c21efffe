using System.Text;

namespace Elara.Grains.Catalog;

/// <summary>URL-safe category names: "Home & Garden" becomes "home-garden".</summary>
public static class CategorySlug
{
    /// <summary>Lower-case; each run of characters that are not letters or digits becomes one '-', none at either end.</summary>
    public static string For(string category)
    {
        var slug = new StringBuilder(category.Length);
        foreach (var c in category.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
