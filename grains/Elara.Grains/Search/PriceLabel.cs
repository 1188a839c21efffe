using System.Globalization;

namespace Elara.Grains.Search;

/// <summary>Prices as chips and reasons show them: "£5", "£5.50".</summary>
public static class PriceLabel
{
    public static string Format(decimal price) =>
        price == decimal.Truncate(price)
            ? "£" + decimal.Truncate(price).ToString(CultureInfo.InvariantCulture)
            : "£" + price.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Bounds(decimal? min, decimal? max) => (min, max) switch
    {
        ({ } lo, { } hi) => $"{Format(lo)}–{Format(hi)}",
        (null, { } hi) => $"under {Format(hi)}",
        ({ } lo, null) => $"over {Format(lo)}",
        _ => "",
    };
}
