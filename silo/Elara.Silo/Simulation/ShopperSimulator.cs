using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Elara.Silo.Simulation;

/// <summary>
/// Runs the shopper simulation in the silo ("Elara:Simulate" = "on") at "Elara:Simulation:EventsPerSecond", paced by the
/// injected clock, with a report every minute. It waits for products, stops as soon as the host stops, and logs and
/// carries on rather than ever failing the host.
/// </summary>
public sealed partial class ShopperSimulator(
    ShopperSimulation simulation,
    IOptions<SimulationOptions> options,
    TimeProvider clock,
    ILogger<ShopperSimulator> logger) : BackgroundService
{
    static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    static readonly TimeSpan ReportEvery = TimeSpan.FromMinutes(1);
    static readonly TimeSpan CatalogPoll = TimeSpan.FromSeconds(5);

    /// <summary>After a stall (a slow disk, a debugger) the simulator catches up at most this much, not in one flood.</summary>
    const double MaxCatchUpSeconds = 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogStopped(simulation.Stats.Counts.Events, simulation.Stats.Counts.Orders);
        }
        catch (Exception e)
        {
            // Steps never throw, so this is a bug in the loop itself; the shop carries on without simulated shoppers.
            LogCrashed(e);
        }
    }

    async Task RunAsync(CancellationToken stoppingToken)
    {
        await WaitForProductsAsync(stoppingToken).ConfigureAwait(false);
        var eventsPerSecond = options.Value.EventsPerSecond;
        LogStarted(simulation.Shoppers.Count, eventsPerSecond);

        using var timer = new PeriodicTimer(Tick, clock);
        var last = clock.GetTimestamp();
        var reportedAt = last;
        var reported = simulation.Stats.Counts;
        var budget = 0.0;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var now = clock.GetTimestamp();
            budget = Math.Min(budget + eventsPerSecond * clock.GetElapsedTime(last, now).TotalSeconds, 1 + eventsPerSecond * MaxCatchUpSeconds);
            last = now;
            while (budget >= 1 && !stoppingToken.IsCancellationRequested)
            {
                // A step that tracked nothing (a refusal, a failure) still costs one, so errors cannot spin the loop.
                budget -= Math.Max(1, await simulation.StepAsync().ConfigureAwait(false));
            }

            if (clock.GetElapsedTime(reportedAt, now) >= ReportEvery)
            {
                var counts = simulation.Stats.Counts;
                Report(counts.Minus(reported), clock.GetElapsedTime(reportedAt, now), counts);
                (reportedAt, reported) = (now, counts);
            }
        }
    }

    async Task WaitForProductsAsync(CancellationToken stoppingToken)
    {
        var logged = false;
        while (true)
        {
            try
            {
                if (await simulation.RefreshCatalogAsync().ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCatalogUnreadable(e.Message);
            }

            if (!logged)
            {
                LogWaiting(CatalogPoll.TotalSeconds);
                logged = true;
            }

            await Task.Delay(CatalogPoll, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    void Report(SimulationCounts window, TimeSpan elapsed, SimulationCounts total) =>
        LogReport(
            window.Events / elapsed.TotalSeconds,
            window.AddsToCart,
            window.RemovesFromCart,
            window.Orders,
            window.PaidOrders,
            simulation.OpenCarts,
            window.Restocks,
            window.Refused,
            window.Errors,
            elapsed.TotalSeconds,
            total.Events,
            total.Orders);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shopper simulation: waiting for products in the catalog (checking every {Seconds} s)")]
    partial void LogWaiting(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shopper simulation: could not read the catalog, trying again: {Message}")]
    partial void LogCatalogUnreadable(string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shopper simulation: {Shoppers} simulated shoppers at {EventsPerSecond} events/s")]
    partial void LogStarted(int shoppers, double eventsPerSecond);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Shopper simulation: {EventsPerSecond:F1} events/s, {AddsToCart} adds to cart, {Removes} removals, {Orders} orders ({Paid} paid), " +
        "{OpenCarts} open carts, {Restocks} restocks, {Refused} refused, {Errors} errors in the last {Seconds:F0} s; {TotalEvents} events and {TotalOrders} orders in all")]
    partial void LogReport(
        double eventsPerSecond, long addsToCart, long removes, long orders, long paid, int openCarts, long restocks, long refused, long errors,
        double seconds, long totalEvents, long totalOrders);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shopper simulation stopped after {Events} events and {Orders} orders")]
    partial void LogStopped(long events, long orders);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shopper simulation stopped by an unexpected error; the shop carries on without it")]
    partial void LogCrashed(Exception exception);
}
