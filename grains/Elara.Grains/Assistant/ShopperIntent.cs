namespace Elara.Grains.Assistant;

/// <summary>
/// One message understood: the intent, the words left to search for once intent, reference, recipient and filler
/// phrases are taken out (<paramref name="QueryText"/>, for the search query parser), who the present is for, the
/// occasion, the quantity, and comparative refinements ("instead" needs no flag: a named colour, material or size
/// always replaces the previous one).
/// </summary>
public sealed record ShopperIntent(
    IntentKind Kind,
    string QueryText,
    string? Recipient,
    string? Occasion,
    int Quantity,
    PriceDirection Price,
    SizeDirection Size);
