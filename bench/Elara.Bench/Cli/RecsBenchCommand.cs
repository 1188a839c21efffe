using System.CommandLine;
using Elara.Bench.Recommendations.Bench;

namespace Elara.Bench.Cli;

/// <summary><c>bench recs</c>: recommendation latency in-grain and through the API, event throughput, memory per shopper.</summary>
public static class RecsBenchCommand
{
    public static Command Create()
    {
        var defaults = new RecsBenchOptions();
        var products = PositiveOption.Create("--products", "Products in the synthetic catalog.", defaults.Products);
        var users = PositiveOption.Create("--users", "Shoppers whose events go through their user grains.", defaults.Users);
        var rps = PositiveOption.Create("--rps", "Target rate of GET /api/recommendations in the open-loop phase.", defaults.Rps);
        var seconds = PositiveOption.Create("--seconds", "Seconds of the open-loop phase.", defaults.Seconds);
        var shoppers = PositiveOption.Create("--shoppers", "Anonymous API shoppers that post events, then ask for recommendations.", defaults.Shoppers);
        var calls = PositiveOption.Create("--grain-calls", "Measured IUserGrain.RecommendAsync calls.", defaults.GrainCalls);
        var callers = PositiveOption.Create("--callers", "Concurrent callers of the in-grain latency phases (default: one per core).", defaults.Callers);
        var reuseOnly = new Option<bool>("--reuse-only") { Description = "Skip the second API run that switches list reuse off." };

        var command = new Command("recs", "Benchmark recommendations: latency in-grain and through the API, events/s, bytes per active shopper.")
        {
            products,
            users,
            rps,
            seconds,
            shoppers,
            calls,
            callers,
            reuseOnly,
        };

        command.SetAction((parseResult, cancellationToken) => RecsBenchmark.RunAsync(
            new RecsBenchOptions
            {
                Products = parseResult.GetValue(products),
                Users = parseResult.GetValue(users),
                Rps = parseResult.GetValue(rps),
                Seconds = parseResult.GetValue(seconds),
                Shoppers = parseResult.GetValue(shoppers),
                GrainCalls = parseResult.GetValue(calls),
                Callers = parseResult.GetValue(callers),
                WithoutReuse = !parseResult.GetValue(reuseOnly),
            },
            cancellationToken));
        return command;
    }
}
