namespace Elara.Grains.Orders;

public sealed record OrderLine(string ProductId, string Name, int Quantity, decimal UnitPrice)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
