using Elara.Grains.Behaviour;
using Elara.Grains.Errors;
using Elara.Grains.Users;
using System.Text.Json;
using Shouldly;

namespace Elara.Grains.Tests.Users;

public sealed class UserStateTests
{
    static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Recently_viewed_is_newest_first_without_repeats()
    {
        var state = new[] { "a", "b", "a", "c" }.Aggregate(new UserState(), (s, id) => s.With([View(id)]));

        state.RecentlyViewed.ShouldBe(["c", "a", "b"]);
        state.EventCounts.ShouldHaveSingleItem().ShouldBe(new KeyValuePair<string, long>("View", 4));
    }

    [Fact]
    public void A_batch_of_events_gives_the_state_the_same_events_give_one_at_a_time()
    {
        BehaviourEvent[] events =
        [
            View("a"), View("b"), new(BehaviourKind.Search, "a-1", null, " lamp ", 0, Noon), View("a"),
            new(BehaviourKind.Purchase, "a-1", "b", null, 2, Noon), new(BehaviourKind.Search, "a-1", null, "LAMP", 0, Noon), View("c"),
        ];

        var batch = new UserState().With(events);
        var oneByOne = events.Aggregate(new UserState(), (s, e) => s.With([e]));

        batch.RecentlyViewed.ShouldBe(["c", "a", "b"]);
        batch.RecentlyViewed.ShouldBe(oneByOne.RecentlyViewed);
        batch.RecentSearches.ShouldBe(["LAMP"]);
        batch.RecentSearches.ShouldBe(oneByOne.RecentSearches);
        batch.Bought.ShouldBe(["b"]);
        batch.EventCounts.ShouldBe(oneByOne.EventCounts, ignoreOrder: true);
        batch.EventCounts["View"].ShouldBe(4);
    }

    [Fact]
    public void Recent_lists_put_the_newer_first_drop_repeats_by_their_comparer_and_stop_at_the_cap()
    {
        RecentList.Merge(["b", "a", "b"], ["a", "c", "d"], 3, StringComparer.Ordinal).ShouldBe(["b", "a", "c"]);
        RecentList.Merge(["Lamp"], ["lamp", "mug"], 5, StringComparer.OrdinalIgnoreCase).ShouldBe(["Lamp", "mug"]);
        RecentList.Push(["x", "y", "z"], "z", 2, StringComparer.Ordinal).ShouldBe(["z", "x"]);
        RecentList.Merge(["a"], ["b"], 0, StringComparer.Ordinal).ShouldBeEmpty();
    }

    [Fact]
    public void A_stored_state_reads_back_with_its_lists_in_order()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var stored = new[] { "a", "b", "a", "c" }.Aggregate(new UserState(), (s, id) => s.With([View(id)])).WithHidden("h").WithWish("w");

        var read = JsonSerializer.Deserialize<UserState>(JsonSerializer.Serialize(stored, json), json)!;

        read.RecentlyViewed.ShouldBe(["c", "a", "b"]);
        read.Hidden.ShouldBe(["h"]);
        read.Wishlist.ShouldBe(["w"]);
        JsonSerializer.Deserialize<UserState>("""{"recentlyViewed":["p-2","p-1"]}""", json)!.RecentlyViewed.ShouldBe(["p-2", "p-1"]);
    }

    [Fact]
    public void Recently_viewed_keeps_the_last_fifty()
    {
        var state = Enumerable.Range(1, 60).Aggregate(new UserState(), (s, i) => s.With([View($"p-{i}")]));

        state.RecentlyViewed.Length.ShouldBe(UserState.RecentlyViewedKept);
        state.RecentlyViewed[0].ShouldBe("p-60");
        state.RecentlyViewed[^1].ShouldBe("p-11");
    }

    [Fact]
    public void Recent_searches_keep_the_last_twenty_trimmed_and_without_repeats_in_any_case()
    {
        var state = Enumerable.Range(1, 25).Select(i => $"q{i}").Append(" Q25 ").Append("  ")
            .Aggregate(new UserState(), (s, q) => s.With([new BehaviourEvent(BehaviourKind.Search, "a-1", null, q, 0, Noon)]));

        state.RecentSearches.Length.ShouldBe(UserState.RecentSearchesKept);
        state.RecentSearches[0].ShouldBe("Q25");
        state.RecentSearches[1].ShouldBe("q24");
        state.EventCounts["Search"].ShouldBe(27);
    }

    [Fact]
    public void A_wishlist_holds_each_product_once_and_at_most_two_hundred()
    {
        var full = Enumerable.Range(1, UserState.MaxWishlist).Aggregate(new UserState(), (s, i) => s.WithWish($"p-{i}"));

        full.WithWish("p-1").ShouldBe(full);
        Should.Throw<ShopException>(() => full.WithWish("p-201")).Error.ShouldBe(ShopError.Invalid);
        full.WithoutWish("p-1").WithWish("p-201").Wishlist[0].ShouldBe("p-201");
    }

    [Fact]
    public void A_merge_puts_the_anonymous_activity_first_and_adds_the_counts()
    {
        var account = new UserState().With([View("a")]).With([View("b")]).WithWish("w-1");
        var anonymous = new UserState().With([View("c")]).With([View("a")]).WithWish("w-2").WithWish("w-1");

        var merged = account.Merge(anonymous.ToActivity());

        merged.RecentlyViewed.ShouldBe(["a", "c", "b"]);
        merged.Wishlist.ShouldBe(["w-1", "w-2"]);
        merged.EventCounts["View"].ShouldBe(4);
    }

    [Fact]
    public void A_profile_needs_a_display_name_and_can_be_made_once()
    {
        var profiled = new UserState().WithProfile("u-1", "ann@shop.example", " Ann ", [Roles.Shopper], Noon);

        profiled.Profile.ShouldNotBeNull().DisplayName.ShouldBe("Ann");
        Should.Throw<ShopException>(() => profiled.WithProfile("u-1", "ann@shop.example", "Ann", [Roles.Shopper], Noon)).Error.ShouldBe(ShopError.Conflict);
        Should.Throw<ShopException>(() => new UserState().WithProfile("u-1", "ann@shop.example", " ", [Roles.Shopper], Noon)).Error.ShouldBe(ShopError.Invalid);
    }

    static BehaviourEvent View(string productId) => new(BehaviourKind.View, "a-1", productId, null, 1, Noon);
}
