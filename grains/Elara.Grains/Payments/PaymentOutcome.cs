namespace Elara.Grains.Payments;

public enum PaymentOutcome
{
    Captured,
    Declined,
    TransientFailure,
}
