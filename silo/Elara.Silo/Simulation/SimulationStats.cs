namespace Elara.Silo.Simulation;

/// <summary>The simulator's running totals; written by its loop, read by the minute report and by tests.</summary>
public sealed class SimulationStats
{
    long events;
    long addsToCart;
    long removesFromCart;
    long orders;
    long paidOrders;
    long restocks;
    long refused;
    long errors;

    public SimulationCounts Counts => new(
        Interlocked.Read(ref events),
        Interlocked.Read(ref addsToCart),
        Interlocked.Read(ref removesFromCart),
        Interlocked.Read(ref orders),
        Interlocked.Read(ref paidOrders),
        Interlocked.Read(ref restocks),
        Interlocked.Read(ref refused),
        Interlocked.Read(ref errors));

    public void Tracked(int count) => Interlocked.Add(ref events, count);

    public void AddedToCart() => Interlocked.Increment(ref addsToCart);

    public void RemovedFromCart() => Interlocked.Increment(ref removesFromCart);

    public void Ordered(bool paid)
    {
        Interlocked.Increment(ref orders);
        if (paid)
        {
            Interlocked.Increment(ref paidOrders);
        }
    }

    public void Restocked() => Interlocked.Increment(ref restocks);

    /// <summary>A grain said no (out of stock, over a limit): part of shopping, not a fault.</summary>
    public void WasRefused() => Interlocked.Increment(ref refused);

    public void Failed() => Interlocked.Increment(ref errors);
}
