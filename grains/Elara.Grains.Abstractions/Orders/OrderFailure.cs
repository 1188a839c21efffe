using System.Text.Json.Serialization;

namespace Elara.Grains.Orders;

/// <summary>Why an order was not paid; the API answers 409, 402 or 503 accordingly.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderFailure>))]
public enum OrderFailure
{
    OutOfStock,
    PaymentDeclined,
    PaymentUnavailable,
}
