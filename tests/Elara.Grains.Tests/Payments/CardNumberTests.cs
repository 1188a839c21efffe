using Elara.Grains.Payments;
using Shouldly;

namespace Elara.Grains.Tests.Payments;

public sealed class CardNumberTests
{
    [Theory]
    [InlineData("4242424242424242", "4242424242424242")]
    [InlineData("4242 4242 4242 4242", "4242424242424242")]
    [InlineData("4242-4242-4242-4242", "4242424242424242")]
    [InlineData("424242424242", "424242424242")]
    public void Spaces_and_dashes_are_dropped_from_a_card_number(string input, string digits) =>
        CardNumber.Digits(input).ShouldBe(digits);

    [Theory]
    [InlineData("42424242424")]
    [InlineData("42424242424242424242")]
    [InlineData("4242x42424242424")]
    [InlineData("4242.4242.4242.4242")]
    [InlineData("")]
    public void Text_that_cannot_be_a_card_number_has_no_digits(string input) =>
        CardNumber.Digits(input).ShouldBeNull();

    [Theory]
    [InlineData("4242424242424242", true)]
    [InlineData("4000000000000002", true)]
    [InlineData("5555555555554444", true)]
    [InlineData("378282246310005", true)]
    [InlineData("4242424242424241", false)]
    [InlineData("1234567812345678", false)]
    public void The_Luhn_check_accepts_real_check_digits_only(string digits, bool passes) =>
        CardNumber.PassesLuhn(digits).ShouldBe(passes);
}
