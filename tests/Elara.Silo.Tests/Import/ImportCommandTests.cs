using Elara.Grains.Catalog;
using Elara.Grains.Products;
using Elara.Grains.Users;
using Elara.Runtime.Testing.Silos;
using Elara.Silo.Import;
using Shouldly;
using Spectre.Console;

namespace Elara.Silo.Tests.Import;

public sealed class ImportCommandTests
{
    readonly StringWriter output = new();
    readonly StringWriter error = new();

    [Fact]
    public async Task Imports_products_and_purchase_history_into_the_data_folders_store()
    {
        using var temp = new TempDirectory();
        var file = RetailFiles.Write(temp.File("retail.csv.gz"), gzip: true);
        var dataDir = temp.File("data");

        (await RunAsync("online-retail", file, "--data-dir", dataDir, "--with-history")).ShouldBe(ExitCodes.Success, error.ToString());

        output.ToString().ShouldContain("Products loaded");
        await using (var silo = await ShopSilo.StartAsync(TestStorage.Sqlite(Path.Combine(dataDir, "elara.db"))))
        {
            (await silo.Grains.GetGrain<ICatalogGrain>(CatalogKeys.Main).CountAsync()).ShouldBe(3);
            var holder = (await silo.Grains.GetGrain<IProductGrain>("10001").GetAsync()).ShouldNotBeNull();
            holder.Name.ShouldBe("Ivory Hanging Star T-Light Holder");
            holder.Price.ShouldBe(2.95m);
            holder.Stock.ShouldBe(100);
            (await PurchasesOfAsync(silo, "20001")).ShouldBe(2);
            (await PurchasesOfAsync(silo, "20002")).ShouldBe(2);
        }
    }

    [Fact]
    public async Task Running_again_adds_no_purchase_twice()
    {
        using var temp = new TempDirectory();
        var file = RetailFiles.Write(temp.File("retail.csv"));
        var dataDir = temp.File("data");
        (await RunAsync("online-retail", file, $"--data-dir={dataDir}", "--with-history")).ShouldBe(ExitCodes.Success, error.ToString());

        var summary = await new OnlineRetailImporter(Console(), TimeProvider.System)
            .RunAsync(new ImportRequest(file, dataDir, WithHistory: true), CancellationToken.None);

        summary.Products.ShouldBe(3);
        summary.CustomersSkipped.ShouldBe(2);
        summary.CustomersLoaded.ShouldBe(0);
        summary.Events.ShouldBe(0);
        await using var silo = await ShopSilo.StartAsync(TestStorage.Sqlite(Path.Combine(dataDir, "elara.db")));
        (await PurchasesOfAsync(silo, "20001")).ShouldBe(2);
    }

    [Fact]
    public async Task The_summary_counts_products_categories_customers_and_rejections()
    {
        using var temp = new TempDirectory();
        var file = RetailFiles.Write(temp.File("retail.csv"));

        var summary = await new OnlineRetailImporter(Console(), TimeProvider.System)
            .RunAsync(new ImportRequest(file, temp.File("data"), WithHistory: false), CancellationToken.None);

        summary.Rows.ShouldBe(13);
        summary.Products.ShouldBe(3);
        summary.Refusals.ShouldBeEmpty();
        summary.ProductsByCategory.Keys.Order().ShouldBe(["Lighting", "Other", "Stationery & Gift Wrap"]);
        summary.Customers.ShouldBe(2);
        summary.Events.ShouldBe(0);
        summary.RejectedRows.ShouldBe(7);
    }

    [Theory]
    [InlineData("")]
    [InlineData("csv file.csv")]
    [InlineData("online-retail")]
    [InlineData("online-retail a.csv b.csv")]
    [InlineData("online-retail a.csv --fast")]
    [InlineData("online-retail a.csv --data-dir")]
    public async Task A_usage_mistake_exits_with_2_and_says_what_is_wrong(string commandLine)
    {
        (await RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ShouldBe(ExitCodes.Usage);

        error.ToString().ShouldStartWith("Elara.Silo import: ");
    }

    [Fact]
    public async Task A_missing_file_exits_with_1()
    {
        using var temp = new TempDirectory();

        (await RunAsync("online-retail", temp.File("nothing.csv"), "--data-dir", temp.File("data"))).ShouldBe(ExitCodes.Failure);

        error.ToString().ShouldContain("no such file");
    }

    [Fact]
    public async Task A_file_in_another_format_exits_with_1()
    {
        using var temp = new TempDirectory();
        var file = temp.File("other.csv");
        await File.WriteAllTextAsync(file, "a,b\n1,2\n");

        (await RunAsync("online-retail", file, "--data-dir", temp.File("data"))).ShouldBe(ExitCodes.Failure);

        error.ToString().ShouldContain("InvoiceNo");
    }

    [Fact]
    public async Task Help_shows_the_usage()
    {
        (await RunAsync("online-retail", "--help")).ShouldBe(ExitCodes.Success);

        output.ToString().ShouldContain("--with-history");
    }

    Task<int> RunAsync(params string[] args) =>
        new ImportCommand(Console(), error, TimeProvider.System).RunAsync(args, CancellationToken.None);

    IAnsiConsole Console() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(output),
    });

    static async Task<long> PurchasesOfAsync(TestSilo silo, string customerId) =>
        (await silo.Grains.GetGrain<IUserGrain>(OnlineRetailImporter.ShopperIdFor(customerId)).GetActivityAsync())
        .EventCounts.GetValueOrDefault("Purchase");
}
