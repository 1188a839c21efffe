namespace Elara.Grains.Errors;

/// <summary>What kind of refusal a grain gave; the API turns each into its HTTP status.</summary>
public enum ShopError
{
    /// <summary>The thing asked for does not exist (404).</summary>
    NotFound,

    /// <summary>The request is well-formed but not acceptable (422), e.g. a quantity over the limit.</summary>
    Invalid,

    /// <summary>The request clashes with the current state (409), e.g. an account that already exists.</summary>
    Conflict,

    /// <summary>Not enough stock for what was asked (409).</summary>
    OutOfStock,

    /// <summary>Wrong credentials or a locked account (401 / 423 as the API decides).</summary>
    Unauthorized,
}
