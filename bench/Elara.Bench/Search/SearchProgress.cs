using Spectre.Console;

namespace Elara.Bench.Search;

/// <summary>The progress display the search benchmark and evaluations share: one bar per step, kept after it ends.</summary>
public static class SearchProgress
{
    public static Progress Create() => AnsiConsole.Progress()
        .AutoClear(false)
        .HideCompleted(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn());
}
