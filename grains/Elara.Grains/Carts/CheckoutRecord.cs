namespace Elara.Grains.Carts;

/// <summary>The order a checkout's idempotency key made.</summary>
public sealed record CheckoutRecord(string IdempotencyKey, string OrderId);
