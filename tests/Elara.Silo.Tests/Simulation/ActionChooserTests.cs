using Elara.Grains.Carts;
using Elara.Silo.Simulation;
using Shouldly;

namespace Elara.Silo.Tests.Simulation;

public sealed class ActionChooserTests
{
    [Fact]
    public void A_new_shopper_can_only_search_or_browse()
    {
        var shopper = new SimulatedShopper("a-sim-0001", Personas.All[0]);
        var random = new Random(1);

        var actions = Enumerable.Range(0, 1000).Select(_ => ActionChooser.Choose(shopper, random)).ToHashSet();

        actions.ShouldBe([ShopperAction.Search, ShopperAction.View], ignoreOrder: true);
    }

    [Fact]
    public void A_shopper_who_searched_viewed_and_carted_can_do_everything()
    {
        var shopper = new SimulatedShopper("a-sim-0002", Personas.All[1]);
        shopper.Searched(["p-1", "p-2"]);
        shopper.Viewed("p-1");
        shopper.CartIs([new CartLine("p-1", "Pan", 1, 20m, 5)]);
        var random = new Random(2);

        var actions = Enumerable.Range(0, 2000).Select(_ => ActionChooser.Choose(shopper, random)).ToHashSet();

        actions.ShouldBe(Enum.GetValues<ShopperAction>(), ignoreOrder: true);
    }
}
