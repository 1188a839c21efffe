namespace Elara.Bench.Assistant;

public sealed class AssistantBenchOptions
{
    /// <summary>How many times every script is played, each time by a new shopper in a new conversation.</summary>
    public int Rounds { get; init; } = 20;
}
