using Elara.Bench.Cli;

namespace Elara.Bench;

public static class Program
{
    public static Task<int> Main(string[] args) => BenchCli.RunAsync(args);
}
