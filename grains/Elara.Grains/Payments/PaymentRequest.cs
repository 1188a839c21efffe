namespace Elara.Grains.Payments;

public sealed record PaymentRequest(string IdempotencyKey, string CardNumber, decimal Amount, string Currency);
