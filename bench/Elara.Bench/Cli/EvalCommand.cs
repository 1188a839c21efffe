using System.CommandLine;

namespace Elara.Bench.Cli;

/// <summary>
/// <c>eval &lt;name&gt;</c>: offline evaluations, each a subcommand, so a name that reaches this action is unknown.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Run an offline evaluation: eval <name> [options].")
        {
            SearchEvalCommand.Create(),
            RecsEvalCommand.Create(),
        };
        // Later arguments belong to an evaluation that does not exist; report the name, not its options.
        command.TreatUnmatchedTokensAsErrors = false;

        var names = new Argument<string[]>("name")
        {
            Description = "The evaluation to run.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        command.Add(names);
        command.SetAction(parseResult =>
        {
            var list = string.Join(", ", command.Subcommands.Select(c => c.Name));
            var name = parseResult.GetValue(names)?.FirstOrDefault() ?? parseResult.UnmatchedTokens.FirstOrDefault();
            Console.Error.WriteLine(name is null
                ? $"elara-bench: eval needs the name of an evaluation (available: {list})."
                : $"elara-bench: unknown evaluation '{name}' (available: {list}).");
            return ExitCodes.Usage;
        });
        return command;
    }
}
