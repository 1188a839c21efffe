using Elara.Grains.Errors;
using Elara.Grains.Products;
using Shouldly;

namespace Elara.Grains.Tests.Products;

public sealed class ProductRulesTests
{
    static readonly NewProduct Valid = ShopSilo.Product("lamp-7");

    public static TheoryData<string, NewProduct> BrokenProducts => new()
    {
        { "empty id", Valid with { Id = "" } },
        { "id with a slash", Valid with { Id = "lamp/7" } },
        { "id of 65 characters", Valid with { Id = new string('a', 65) } },
        { "blank name", Valid with { Name = "  " } },
        { "name of 201 characters", Valid with { Name = new string('n', 201) } },
        { "description of 4001 characters", Valid with { Description = new string('d', 4001) } },
        { "empty category", Valid with { Category = "" } },
        { "category of 81 characters", Valid with { Category = new string('c', 81) } },
        { "zero price", Valid with { Price = 0m } },
        { "negative price", Valid with { Price = -1m } },
        { "price over the maximum", Valid with { Price = 100_000.01m } },
        { "price with three decimals", Valid with { Price = 1.005m } },
        { "negative stock", Valid with { Stock = -1 } },
        { "stock over the maximum", Valid with { Stock = 1_000_001 } },
        { "31 attributes", Valid with { Attributes = Enumerable.Range(0, 31).ToDictionary(i => $"k{i}", _ => "v") } },
        { "attribute name of 41 characters", Valid with { Attributes = new Dictionary<string, string> { [new string('k', 41)] = "v" } } },
        { "attribute value of 201 characters", Valid with { Attributes = new Dictionary<string, string> { ["colour"] = new string('v', 201) } } },
    };

    [Theory]
    [MemberData(nameof(BrokenProducts))]
    public void A_product_that_breaks_a_rule_is_invalid(string broken, NewProduct product)
    {
        var error = Should.Throw<ShopException>(() => ProductRules.Check(product), broken);

        error.Error.ShouldBe(ShopError.Invalid);
    }

    [Fact]
    public void A_product_at_every_limit_is_accepted() =>
        ProductRules.Check(Valid with
        {
            Id = "A-z_0." + new string('x', 58),
            Name = new string('n', 200),
            Description = new string('d', 4000),
            Category = new string('c', 80),
            Price = 100_000m,
            Stock = 1_000_000,
            Attributes = Enumerable.Range(0, 30).ToDictionary(i => $"k{i}".PadRight(40, 'k'), _ => new string('v', 200)),
        });
}
