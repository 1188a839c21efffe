namespace Elara.Grains.Payments;

public sealed record PaymentResult(PaymentOutcome Outcome, string? PaymentId, string Message);
