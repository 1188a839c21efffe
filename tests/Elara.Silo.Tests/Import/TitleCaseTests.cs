using Elara.Silo.Import;
using Shouldly;

namespace Elara.Silo.Tests.Import;

public sealed class TitleCaseTests
{
    [Theory]
    [InlineData("IVORY HANGING STAR T-LIGHT HOLDER", "Ivory Hanging Star T-Light Holder")]
    [InlineData("SET OF 2 BISCUIT TINS VINTAGE LABEL ", "Set of 2 Biscuit Tins Vintage Label")]
    [InlineData("BABY'S FIRST BIB", "Baby's First Bib")]
    [InlineData("SET/6 PEGS  SPOTTY DOGS", "Set/6 Pegs Spotty Dogs")]
    [InlineData("THE HOUSE OF THE ROSES", "The House of the Roses")]
    [InlineData("PHOTO FRAME 5\" SQUARE ", "Photo Frame 5\" Square")]
    public void Capitalises_words_and_their_parts_but_not_small_joining_words(string description, string name)
    {
        TitleCase.Of(description).ShouldBe(name);
    }
}
