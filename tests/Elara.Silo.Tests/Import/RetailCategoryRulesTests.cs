using Elara.Silo.Import;
using Shouldly;

namespace Elara.Silo.Tests.Import;

/// <summary>Descriptions written in the shop's style for these tests (none is taken from the data set).</summary>
public sealed class RetailCategoryRulesTests
{
    [Theory]
    [InlineData("IVORY HANGING STAR T-LIGHT HOLDER", "Lighting")]
    [InlineData("ZINC GARDEN LANTERN ", "Lighting")]
    [InlineData("GIANT SHOPPING BAG POLKA DOT", "Bags")]
    [InlineData("PACK OF 48 FLORAL CAKE CASES", "Kitchen & Dining")]
    [InlineData("SET OF 2 BISCUIT TINS VINTAGE LABEL", "Kitchen & Dining")]
    [InlineData("MARMALADE MAKING KIT WITH JARS", "Kitchen & Dining")]
    [InlineData("SPACE ROCKET CHILDRENS CUP", "Kitchen & Dining")]
    [InlineData("FELT CHRISTMAS STOCKING, SCANDI", "Christmas")]
    [InlineData("FAIRY LIGHTS 20 SNOWFLAKE", "Christmas")]
    [InlineData("GINGHAM PARTY BUNTING", "Party")]
    [InlineData("RETRO BIRTHDAY CARD, GOLD ", "Stationery & Gift Wrap")]
    [InlineData("WRAP LEMONS AND LIMES", "Stationery & Gift Wrap")]
    [InlineData("PLAYING CARDS VINTAGE TRAIN", "Toys & Games")]
    [InlineData("KNITTED STRIPE HOT WATER BOTTLE", "Bath & Beauty")]
    [InlineData("DIAMANTE HAIR SLIDE SET/3", "Jewellery & Accessories")]
    [InlineData("SLATE LOVE HEART CHALKBOARD ", "Home Decor")]
    [InlineData("KITCHEN WALL CLOCK MINT", "Kitchen & Dining")]
    [InlineData("ENAMEL BIRD ORNAMENT ASSORTED", "Home Decor")]
    [InlineData("HERB MARKER ROSEMARY", "Garden")]
    [InlineData("PORCELAIN ROSE TRINKET BOX", "Home Decor")]
    [InlineData("PICNIC SNACK BOXES SET OF 3", "Kitchen & Dining")]
    [InlineData("STACKING SNACK BOXES WOODLAND ", "Storage")]
    [InlineData("FOLDING SILK FAN ASSORTED", "Jewellery & Accessories")]
    [InlineData("BLUE GLASS GECKO", "Other")]
    public void Puts_a_description_in_the_category_its_words_say(string description, string category)
    {
        RetailCategoryRules.CategoryFor(description).ShouldBe(category);
    }

    [Theory]
    [InlineData("red lantern", "Lighting")]
    [InlineData("LANTERNS", "Lighting")]
    [InlineData("BOXES", "Storage")]
    [InlineData("GLASSES", "Other")]
    [InlineData("CARDIGAN", "Other")]
    public void Matches_whole_words_in_any_case_and_their_plurals_only(string description, string category)
    {
        RetailCategoryRules.CategoryFor(description).ShouldBe(category);
    }

    [Fact]
    public void Earlier_rules_win_so_a_christmas_lantern_is_christmas_stock()
    {
        RetailCategoryRules.CategoryFor("CHRISTMAS LANTERN").ShouldBe("Christmas");
        RetailCategoryRules.CategoryFor("LANTERN").ShouldBe("Lighting");
    }

    [Fact]
    public void A_description_no_rule_knows_is_other()
    {
        RetailCategoryRules.CategoryFor("").ShouldBe(RetailCategoryRules.Other);
        RetailCategoryRules.CategoryFor("ZZZ 123").ShouldBe(RetailCategoryRules.Other);
    }
}
