namespace Elara.Grains.Payments;

/// <summary>Takes payments. Charging twice with the same idempotency key charges once and answers the same.</summary>
public interface IPaymentGateway
{
    Task<PaymentResult> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken = default);
}
