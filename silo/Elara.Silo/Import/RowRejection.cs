namespace Elara.Silo.Import;

/// <summary>Why a row was left out; a row counts once, for the first reason found in this order.</summary>
public enum RowRejection
{
    /// <summary>Fewer fields than the header promised.</summary>
    MalformedRow,

    /// <summary>An invoice number starting with C: a cancellation, not a sale.</summary>
    Cancellation,

    /// <summary>Not a product: product stock codes start with five digits (POST, M, BANK CHARGES, ... are not).</summary>
    MalformedStockCode,

    NoDescription,

    /// <summary>Not a whole number above zero (negative lines outside cancellations are stock adjustments).</summary>
    BadQuantity,

    BadDate,

    /// <summary>Missing, unreadable, zero or negative.</summary>
    NonPositivePrice,
}
