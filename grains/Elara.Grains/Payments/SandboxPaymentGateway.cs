namespace Elara.Grains.Payments;

/// <summary>
/// A gateway that behaves like common payment sandboxes: fixed test cards decline or fail, any other valid card is
/// captured. It remembers every charge in memory, so the same idempotency key answers the same and charges once.
/// </summary>
public sealed class SandboxPaymentGateway : IPaymentGateway
{
    public const string CapturedCard = "4242424242424242";
    public const string DeclinedCard = "4000000000000002";
    public const string UnavailableCard = "4000000000009995";

    readonly Lock gate = new();
    readonly Dictionary<string, (decimal Amount, PaymentResult Result)> charges = new(StringComparer.Ordinal);
    readonly List<PaymentRequest> captured = [];

    /// <summary>Every charge that took money, in the order taken.</summary>
    public IReadOnlyList<PaymentRequest> Captured
    {
        get
        {
            lock (gate)
            {
                return [.. captured];
            }
        }
    }

    public Task<PaymentResult> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (charges.TryGetValue(request.IdempotencyKey, out var earlier))
            {
                return Task.FromResult(earlier.Amount == request.Amount
                    ? earlier.Result
                    : new PaymentResult(PaymentOutcome.Declined, null, "idempotency key reused with a different amount"));
            }

            var result = Decide(request);
            charges.Add(request.IdempotencyKey, (request.Amount, result));
            if (result.Outcome == PaymentOutcome.Captured)
            {
                captured.Add(request);
            }

            return Task.FromResult(result);
        }
    }

    static PaymentResult Decide(PaymentRequest request)
    {
        if (request.Amount <= 0)
        {
            return new PaymentResult(PaymentOutcome.Declined, null, "amount must be more than 0");
        }

        return CardNumber.Digits(request.CardNumber) switch
        {
            DeclinedCard => new PaymentResult(PaymentOutcome.Declined, null, "card was declined"),
            UnavailableCard => new PaymentResult(PaymentOutcome.TransientFailure, null, "payment service is unavailable, please try again"),
            { } digits when CardNumber.PassesLuhn(digits) => new PaymentResult(PaymentOutcome.Captured, "pay_" + Guid.NewGuid().ToString("N"), "captured"),
            _ => new PaymentResult(PaymentOutcome.Declined, null, "card number is not valid"),
        };
    }
}
