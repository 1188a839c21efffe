namespace Elara.Grains.Payments;

/// <summary>Placeholder until the grains work lands.</summary>
public sealed class SandboxPaymentGateway : IPaymentGateway
{
    public Task<PaymentResult> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
