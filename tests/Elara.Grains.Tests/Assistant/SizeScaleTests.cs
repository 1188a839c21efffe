using Elara.Grains.Assistant;
using Shouldly;

namespace Elara.Grains.Tests.Assistant;

public sealed class SizeScaleTests
{
    [Theory]
    [InlineData("Large", "Small", 1)]
    [InlineData("Mini", "Jumbo", -1)]
    [InlineData("Medium", "Medium", 0)]
    [InlineData("Enormous", "Small", 0)]
    public void Orders_sizes(string size, string than, int sign) => Math.Sign(SizeScale.Compare(size, than)).ShouldBe(sign);

    [Fact]
    public void Beyond_lists_the_larger_or_smaller_sizes()
    {
        SizeScale.Beyond("Large", SizeDirection.Larger).ShouldBe(["family size", "jumbo", "giant"]);
        SizeScale.Beyond("small", SizeDirection.Smaller).ShouldBe(["mini", "pocket"]);
        SizeScale.Beyond(null, SizeDirection.Larger).ShouldBeEmpty();
    }
}
