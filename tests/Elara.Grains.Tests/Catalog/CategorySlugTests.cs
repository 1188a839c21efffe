using Elara.Grains.Catalog;
using Shouldly;

namespace Elara.Grains.Tests.Catalog;

public sealed class CategorySlugTests
{
    [Theory]
    [InlineData("Lighting", "lighting")]
    [InlineData("Home & Garden", "home-garden")]
    [InlineData("  Kids' Toys!  ", "kids-toys")]
    [InlineData("T-Shirts", "t-shirts")]
    [InlineData("Café 2026", "café-2026")]
    [InlineData("--", "")]
    public void A_slug_is_lower_case_with_dashes_for_everything_else(string category, string slug) =>
        CategorySlug.For(category).ShouldBe(slug);
}
