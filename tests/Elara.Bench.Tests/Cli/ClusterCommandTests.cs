using Elara.Bench.Cli;
using Elara.Bench.Cluster;
using Shouldly;

namespace Elara.Bench.Tests.Cli;

public sealed class ClusterCommandTests
{
    [Fact]
    public void More_shoppers_than_the_cluster_database_has_connections_for_is_a_usage_error()
    {
        var command = ClusterCommand.Create();

        command.Parse(["--shoppers", $"{ClusterBenchOptions.MaxShoppers + 1}"]).Errors.ShouldHaveSingleItem().Message.ShouldContain("at most 800");
        command.Parse(["--shoppers", $"{ClusterBenchOptions.MaxShoppers}"]).Errors.ShouldBeEmpty();
        command.Parse(["--shoppers", "0"]).Errors.ShouldHaveSingleItem().Message.ShouldContain("positive");
    }
}
