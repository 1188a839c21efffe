using Elara.Grains.Payments;
using Shouldly;

namespace Elara.Grains.Tests.Payments;

public sealed class SandboxPaymentGatewayTests
{
    readonly SandboxPaymentGateway gateway = new();

    [Fact]
    public async Task The_success_test_card_is_captured_with_a_payment_id()
    {
        var result = await gateway.ChargeAsync(new PaymentRequest("k1", SandboxPaymentGateway.CapturedCard, 10m, "GBP"));

        result.Outcome.ShouldBe(PaymentOutcome.Captured);
        result.PaymentId.ShouldNotBeNull().ShouldStartWith("pay_");
        gateway.Captured.ShouldHaveSingleItem().IdempotencyKey.ShouldBe("k1");
    }

    [Theory]
    [InlineData(SandboxPaymentGateway.DeclinedCard, PaymentOutcome.Declined)]
    [InlineData(SandboxPaymentGateway.UnavailableCard, PaymentOutcome.TransientFailure)]
    [InlineData("4000 0000 0000 9995", PaymentOutcome.TransientFailure)]
    [InlineData("5555555555554444", PaymentOutcome.Captured)]
    public async Task Each_test_card_gives_its_outcome(string card, PaymentOutcome outcome)
    {
        var result = await gateway.ChargeAsync(new PaymentRequest("k", card, 10m, "GBP"));

        result.Outcome.ShouldBe(outcome);
        gateway.Captured.Count.ShouldBe(outcome == PaymentOutcome.Captured ? 1 : 0);
    }

    [Theory]
    [InlineData("4242424242424241")]
    [InlineData("42424242")]
    [InlineData("not a card")]
    public async Task A_card_number_that_is_not_valid_is_declined(string card)
    {
        var result = await gateway.ChargeAsync(new PaymentRequest("k", card, 10m, "GBP"));

        result.ShouldBe(new PaymentResult(PaymentOutcome.Declined, null, "card number is not valid"));
        gateway.Captured.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_idempotency_key_answers_the_same_and_charges_once()
    {
        var request = new PaymentRequest("order-1", SandboxPaymentGateway.CapturedCard, 25m, "GBP");

        var first = await gateway.ChargeAsync(request);
        var second = await gateway.ChargeAsync(request);

        second.ShouldBe(first);
        gateway.Captured.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_key_reused_with_a_different_amount_is_declined_without_a_charge()
    {
        await gateway.ChargeAsync(new PaymentRequest("order-1", SandboxPaymentGateway.CapturedCard, 25m, "GBP"));

        var reused = await gateway.ChargeAsync(new PaymentRequest("order-1", SandboxPaymentGateway.CapturedCard, 30m, "GBP"));

        reused.Outcome.ShouldBe(PaymentOutcome.Declined);
        reused.Message.ShouldBe("idempotency key reused with a different amount");
        gateway.Captured.ShouldHaveSingleItem().Amount.ShouldBe(25m);
    }

    [Fact]
    public async Task Parallel_charges_with_one_key_capture_once()
    {
        var request = new PaymentRequest("order-2", SandboxPaymentGateway.CapturedCard, 5m, "GBP");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => gateway.ChargeAsync(request))));

        results.Select(r => r.PaymentId).Distinct().ShouldHaveSingleItem();
        gateway.Captured.Count.ShouldBe(1);
    }
}
