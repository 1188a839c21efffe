using Elara.Runtime.Membership;
using Elara.Runtime.Placement;
using Shouldly;

namespace Elara.Runtime.Tests.Runtime;

public sealed class RendezvousPlacementTests
{
    static readonly SiloAddress[] Silos = Enumerable.Range(0, 4).Select(i => new SiloAddress("127.0.0.1", 11000 + i, 1)).ToArray();
    static readonly GrainId[] Grains = Enumerable.Range(0, 20_000).Select(i => new GrainId("cart", $"shopper-{i}")).ToArray();

    [Fact]
    public void The_same_view_always_gives_the_same_home_whatever_the_silo_order()
    {
        var placement = new RendezvousPlacement();
        var view = new MembershipView(1, Silos);
        var shuffled = new MembershipView(1, Silos.Reverse().ToArray());

        Grains.ShouldAllBe(g => placement.PlaceGrain(g, view) == placement.PlaceGrain(g, shuffled));
    }

    [Fact]
    public void Grains_spread_evenly_over_the_silos()
    {
        var placement = new RendezvousPlacement();
        var view = new MembershipView(1, Silos);

        var perSilo = Grains.GroupBy(g => placement.PlaceGrain(g, view)).Select(g => g.Count()).ToArray();

        perSilo.Length.ShouldBe(4);
        perSilo.ShouldAllBe(count => count > 4_500 && count < 5_500);
    }

    [Fact]
    public void When_a_silo_joins_only_the_grains_it_wins_move()
    {
        var placement = new RendezvousPlacement();
        var before = new MembershipView(1, Silos);
        var joined = new SiloAddress("127.0.0.1", 12000, 1);
        var after = new MembershipView(2, [.. Silos, joined]);

        var moved = Grains.Where(g => placement.PlaceGrain(g, before) != placement.PlaceGrain(g, after)).ToArray();

        moved.ShouldAllBe(g => placement.PlaceGrain(g, after) == joined);
        moved.Length.ShouldBeInRange(3_400, 4_600);
    }
}
