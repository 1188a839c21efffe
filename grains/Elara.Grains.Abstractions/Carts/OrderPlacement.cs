using Elara.Grains.Orders;

namespace Elara.Grains.Carts;

/// <summary>The order a checkout made, and whether this answer is a replay of an earlier call with the same key.</summary>
public sealed record OrderPlacement(OrderView Order, bool Replayed);
