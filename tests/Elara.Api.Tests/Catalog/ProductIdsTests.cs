using Elara.Api.Catalog;
using Shouldly;

namespace Elara.Api.Tests.Catalog;

public sealed class ProductIdsTests
{
    [Theory]
    [InlineData("lamp-7", true)]
    [InlineData("A.b_c-9", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("a b", false)]
    [InlineData("café", false)]
    [InlineData("a/b", false)]
    [InlineData("lamp\n", false)]
    public void Ids_are_letters_digits_dots_underscores_and_dashes(string? id, bool valid) => ProductIds.IsValid(id).ShouldBe(valid);

    [Fact]
    public void Ids_are_at_most_64_characters() =>
        (ProductIds.IsValid(new string('a', ProductIds.MaxLength)), ProductIds.IsValid(new string('a', ProductIds.MaxLength + 1))).ShouldBe((true, false));
}
