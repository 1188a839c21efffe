namespace Elara.Grains.Carts;

/// <summary>Checkout for the cart's owner with a card; the idempotency key makes retries safe.</summary>
public sealed record CheckoutRequest(string IdempotencyKey, string CardNumber);
