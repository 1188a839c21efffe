using Spectre.Console;

namespace Elara.Silo.Import;

/// <summary>
/// <c>import online-retail FILE [--data-dir DIR] [--with-history]</c>: loads a UCI Online Retail file into the store of a
/// data folder. Usage mistakes exit with 2, a missing or unreadable file with 1.
/// </summary>
public sealed class ImportCommand(IAnsiConsole console, TextWriter error, TimeProvider clock)
{
    public const string OnlineRetail = "online-retail";

    public const string Usage = """
        usage: Elara.Silo import online-retail FILE [--data-dir DIR] [--with-history]

          FILE            a file in the UCI Online Retail format: CSV or gzip-compressed CSV with the columns
                          InvoiceNo (or Invoice), StockCode, Description, Quantity, InvoiceDate, UnitPrice (or Price),
                          CustomerID (or Customer ID)
          --data-dir DIR  the data folder whose elara.db receives the products (default .elara); stop any shop
                          running on the same folder first
          --with-history  also load each customer's purchases as events of shopper a-retail-{CustomerID}
        """;

    /// <summary>A console for a terminal, or plain unstyled text when the output goes to a file or a pipe.</summary>
    public static IAnsiConsole CreateConsole()
    {
        if (!Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        return console;
    }

    /// <summary>Runs the command; <paramref name="args"/> are the words after "import".</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        switch (args)
        {
            case []:
                return UsageError("import needs a source: import online-retail FILE");
            case ["-h" or "--help", ..]:
                console.WriteLine(Usage);
                return ExitCodes.Success;
            case [not OnlineRetail, ..]:
                return UsageError($"unknown import source '{args[0]}' (available: {OnlineRetail})");
        }

        string? file = null;
        var dataDir = ".elara";
        var withHistory = false;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    console.WriteLine(Usage);
                    return ExitCodes.Success;
                case "--with-history":
                    withHistory = true;
                    break;
                case "--data-dir" when i + 1 < args.Count:
                    dataDir = args[++i];
                    break;
                case "--data-dir":
                    return UsageError("--data-dir needs a value");
                case var option when option.StartsWith("--data-dir=", StringComparison.Ordinal):
                    dataDir = option["--data-dir=".Length..];
                    break;
                case var option when option.StartsWith('-') && option.Length > 1:
                    return UsageError($"unknown option '{option}'");
                case var path when file is null:
                    file = path;
                    break;
                default:
                    return UsageError($"unexpected argument '{args[i]}': give one FILE");
            }
        }

        if (file is null)
        {
            return UsageError("import online-retail needs a FILE");
        }

        if (string.IsNullOrWhiteSpace(dataDir))
        {
            return UsageError("--data-dir must not be empty");
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"Elara.Silo import: no such file: {file}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var request = new ImportRequest(Path.GetFullPath(file), Path.GetFullPath(dataDir), withHistory);
        try
        {
            var summary = await new OnlineRetailImporter(console, clock).RunAsync(request, cancellationToken).ConfigureAwait(false);
            ImportReport.Write(console, request, summary);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is FormatException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Elara.Silo import: cannot import {file}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Elara.Silo import: cancelled; products loaded so far are stored, and a re-run completes the rest").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    int UsageError(string message)
    {
        error.WriteLine($"Elara.Silo import: {message}");
        error.WriteLine("run 'Elara.Silo import --help' for usage");
        return ExitCodes.Usage;
    }
}
