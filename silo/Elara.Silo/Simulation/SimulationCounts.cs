namespace Elara.Silo.Simulation;

/// <summary>What the simulator has done, as totals; subtract two to get what happened in between.</summary>
public sealed record SimulationCounts(
    long Events,
    long AddsToCart,
    long RemovesFromCart,
    long Orders,
    long PaidOrders,
    long Restocks,
    long Refused,
    long Errors)
{
    public SimulationCounts Minus(SimulationCounts earlier) => new(
        Events - earlier.Events,
        AddsToCart - earlier.AddsToCart,
        RemovesFromCart - earlier.RemovesFromCart,
        Orders - earlier.Orders,
        PaidOrders - earlier.PaidOrders,
        Restocks - earlier.Restocks,
        Refused - earlier.Refused,
        Errors - earlier.Errors);
}
