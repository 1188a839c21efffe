namespace Elara.Grains.Payments;

/// <summary>The checks a card form makes before a charge: separators dropped, 12–19 digits, a correct Luhn check digit.</summary>
public static class CardNumber
{
    /// <summary>The card's digits without spaces or dashes, or null when the text cannot be a card number.</summary>
    public static string? Digits(string cardNumber)
    {
        var digits = cardNumber.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return digits.Length is >= 12 and <= 19 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>The Luhn (mod 10) check over a string of digits: every second digit from the right is doubled.</summary>
    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[^(i + 1)] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
