using Elara.Silo.Import;
using Shouldly;

namespace Elara.Silo.Tests.Import;

public sealed class RetailFileReaderTests
{
    [Theory]
    [InlineData(RetailFiles.Header2011, false)]
    [InlineData(RetailFiles.HeaderII, false)]
    [InlineData(RetailFiles.Header2011, true)]
    [InlineData(RetailFiles.HeaderII, true)]
    public void Reads_either_header_plain_or_gzipped_to_the_same_catalog(string header, bool gzip)
    {
        using var temp = new TempDirectory();
        var read = RetailFileReader.Read(RetailFiles.Write(temp.File("retail.data"), header, gzip), keepPurchases: true);

        read.Rows.ShouldBe(13);
        var products = read.Catalog.Products();
        products.Select(p => p.Id).ShouldBe(["10001", "10002", "10003A"]);
        products[0].Name.ShouldBe("Ivory Hanging Star T-Light Holder");
        products[0].Price.ShouldBe(2.95m);
        products[0].Category.ShouldBe("Lighting");
        products[0].Stock.ShouldBe(RetailCatalogBuilder.ImportedStock);
        products[0].ImageUrl.ShouldBe("/images/products/10001.svg");
        products[1].Name.ShouldBe("Gift Wrap, Spotty");
        products[1].Category.ShouldBe("Stationery & Gift Wrap");
        products[2].Category.ShouldBe(RetailCategoryRules.Other);
        read.Catalog.CustomerCount.ShouldBe(2);
        read.Catalog.PurchaseCount.ShouldBe(4);
    }

    [Fact]
    public void Counts_each_rejected_row_once_by_its_reason()
    {
        using var temp = new TempDirectory();
        var read = RetailFileReader.Read(RetailFiles.Write(temp.File("retail.csv")), keepPurchases: false);

        read.Rejected.ShouldBe(new Dictionary<RowRejection, int>
        {
            [RowRejection.Cancellation] = 1,
            [RowRejection.MalformedStockCode] = 1,
            [RowRejection.NoDescription] = 1,
            [RowRejection.BadQuantity] = 1,
            [RowRejection.BadDate] = 1,
            [RowRejection.NonPositivePrice] = 1,
            [RowRejection.MalformedRow] = 1,
        });
        read.Rejected.Values.Sum().ShouldBe(7);
    }

    [Fact]
    public void Keeps_each_customers_purchases_in_time_order_only_when_asked()
    {
        using var temp = new TempDirectory();
        var path = RetailFiles.Write(temp.File("retail.csv"));

        var customers = RetailFileReader.Read(path, keepPurchases: true).Catalog.PurchasesByCustomer();

        customers.Select(c => c.CustomerId).ShouldBe(["20001", "20002"]);
        customers[1].Purchases.ShouldBe(
        [
            new RetailPurchase("10001", 2, new DateTimeOffset(2011, 3, 2, 10, 0, 0, TimeSpan.Zero)),
            new RetailPurchase("10002", 10, new DateTimeOffset(2011, 3, 7, 12, 0, 0, TimeSpan.Zero)),
        ]);
        RetailFileReader.Read(path, keepPurchases: false).Catalog.PurchasesByCustomer().ShouldBeEmpty();
    }

    [Fact]
    public void A_file_without_the_columns_is_refused_naming_what_is_missing()
    {
        using var temp = new TempDirectory();
        var path = temp.File("other.csv");
        File.WriteAllText(path, "Invoice,StockCode,Quantity\n1,10001,2\n");

        Should.Throw<FormatException>(() => RetailFileReader.Read(path, keepPurchases: false)).Message.ShouldContain("description");
    }

    [Fact]
    public void Reports_progress_up_to_the_file_size()
    {
        using var temp = new TempDirectory();
        var path = RetailFiles.Write(temp.File("retail.csv"));
        var reports = new List<(long Position, long Length)>();

        RetailFileReader.Read(path, keepPurchases: false, (position, length) => reports.Add((position, length)));

        reports[^1].ShouldBe((new FileInfo(path).Length, new FileInfo(path).Length));
    }
}
