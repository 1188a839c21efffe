using System.CommandLine;
using System.Globalization;

namespace Elara.Bench.Cli;

/// <summary>An <c>int</c> option that must be above zero; the parser turns a violation into a usage error (exit 2).</summary>
public static class PositiveOption
{
    public static Option<int> Create(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; reading it here would throw.
            if (result.Tokens.Any(t => !int.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
            {
                return;
            }

            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError($"{name} must be a positive whole number.");
            }
        });
        return option;
    }
}
