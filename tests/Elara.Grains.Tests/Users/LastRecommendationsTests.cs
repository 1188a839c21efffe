using Elara.Grains.Recommendations;
using Elara.Grains.Tests.Recommenders;
using Elara.Grains.Users;
using Shouldly;

namespace Elara.Grains.Tests.Users;

public sealed class LastRecommendationsTests
{
    static readonly RecommendationRequest Home = new(10, RecommendationContext.Home);

    [Fact]
    public void The_last_list_serves_the_same_request_until_anything_it_was_made_from_changes()
    {
        var state = new UserState();
        var shelf = Shelf.Of(Shelf.Home);
        var last = new LastRecommendations(Home, ["mug"], state, shelf, Shelf.Now.AddSeconds(10), []);

        last.Serves(new RecommendationRequest(10, RecommendationContext.Home), ["mug"], state, shelf, Shelf.Now).ShouldBeTrue();
        last.Serves(Home, ["mug"], state, shelf, Shelf.Now.AddSeconds(9.9)).ShouldBeTrue();

        last.Serves(Home with { Limit = 5 }, ["mug"], state, shelf, Shelf.Now).ShouldBeFalse();
        last.Serves(Home, ["mug", "bowl"], state, shelf, Shelf.Now).ShouldBeFalse();

        // Every event makes a new state, even one equal in value: only the very same state is "nothing happened".
        last.Serves(Home, ["mug"], state with { }, shelf, Shelf.Now).ShouldBeFalse();
        last.Serves(Home, ["mug"], state, Shelf.Of(Shelf.Home), Shelf.Now).ShouldBeFalse();
        last.Serves(Home, ["mug"], state, shelf, Shelf.Now.AddSeconds(10)).ShouldBeFalse();
    }
}
