using System.Text.Json.Serialization;

namespace Elara.Grains.Orders;

[JsonConverter(typeof(JsonStringEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    Pending,
    Paid,
    Failed,
    Shipped,
    Delivered,
    Cancelled,
}
