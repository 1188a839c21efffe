using Elara.Runtime.Reminders;
using Shouldly;
using Xunit;

namespace Elara.Runtime.Tests.Storage;

/// <summary>
/// What every grain-state and reminder store must do, whatever sits underneath. Each provider derives once;
/// every test starts from an empty backing store that <see cref="OpenStoreAsync"/> may open several times, each
/// opening standing for another silo using the same database.
/// </summary>
public abstract class StoreConformance : IAsyncLifetime
{
    private const string State = "cart";

    private static readonly GrainId Cart = new("cart", "shopper-1");

    private readonly List<IAsyncDisposable> _owned = [];

    /// <summary>Opens (again) this test's backing store.</summary>
    protected abstract Task<StoreUnderTest> OpenStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }
    }

    protected async Task<StoreUnderTest> OpenAsync()
    {
        var store = await OpenStoreAsync();
        if (store.Owner is not null)
        {
            lock (_owned)
            {
                _owned.Add(store.Owner);
            }
        }

        return store;
    }

    [Fact]
    public async Task Reading_a_state_that_was_never_written_returns_null()
    {
        var store = await OpenAsync();

        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBeNull();
    }

    [Fact]
    public async Task A_written_state_reads_back_with_the_etag_the_write_returned()
    {
        var store = await OpenAsync();

        var eTag = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", expectedETag: null);

        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBe(new("""{"lines":1}""", eTag));
    }

    [Fact]
    public async Task Write_with_the_current_etag_replaces_the_state_and_changes_the_etag()
    {
        var store = await OpenAsync();
        var first = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", null);

        var second = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":2}""", first);

        second.ShouldNotBe(first);
        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBe(new("""{"lines":2}""", second));
    }

    [Fact]
    public async Task Write_with_a_stale_etag_is_refused()
    {
        var store = await OpenAsync();
        var stale = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", null);
        var current = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":2}""", stale);

        var refused = await Should.ThrowAsync<InconsistentStateException>(
            () => store.GrainStorage.WriteAsync(Cart, State, """{"lines":3}""", stale));

        refused.StoredETag.ShouldBe(current);
        refused.CurrentETag.ShouldBe(stale);
        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBe(new("""{"lines":2}""", current));
    }

    [Fact]
    public async Task Write_with_an_etag_the_store_never_issued_is_refused()
    {
        var store = await OpenAsync();
        await store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", null);

        await Should.ThrowAsync<InconsistentStateException>(
            () => store.GrainStorage.WriteAsync(Cart, State, """{"lines":2}""", "not-an-etag"));
    }

    [Fact]
    public async Task Write_with_an_etag_for_a_state_that_does_not_exist_is_refused()
    {
        var store = await OpenAsync();

        await Should.ThrowAsync<InconsistentStateException>(
            () => store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", "1"));
    }

    [Fact]
    public async Task Write_without_an_etag_is_refused_when_the_state_exists()
    {
        var store = await OpenAsync();
        var current = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", null);

        var refused = await Should.ThrowAsync<InconsistentStateException>(
            () => store.GrainStorage.WriteAsync(Cart, State, """{"lines":2}""", null));

        refused.StoredETag.ShouldBe(current);
        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBe(new("""{"lines":1}""", current));
    }

    [Fact]
    public async Task Cleared_state_reads_as_null_and_takes_a_new_write_without_etag()
    {
        var store = await OpenAsync();
        var eTag = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", null);

        await store.GrainStorage.ClearAsync(Cart, State, eTag);

        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBeNull();
        var fresh = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":0}""", null);
        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBe(new("""{"lines":0}""", fresh));
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_is_refused_and_keeps_the_state()
    {
        var store = await OpenAsync();
        var stale = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", null);
        var current = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":2}""", stale);

        await Should.ThrowAsync<InconsistentStateException>(() => store.GrainStorage.ClearAsync(Cart, State, stale));
        await Should.ThrowAsync<InconsistentStateException>(() => store.GrainStorage.ClearAsync(Cart, State, null));

        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBe(new("""{"lines":2}""", current));
    }

    [Fact]
    public async Task Clearing_a_state_that_was_never_written_without_etag_is_allowed()
    {
        var store = await OpenAsync();

        await store.GrainStorage.ClearAsync(Cart, State, null);

        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBeNull();
    }

    [Fact]
    public async Task Etag_read_before_a_clear_cannot_overwrite_a_state_written_after_it()
    {
        var store = await OpenAsync();
        var beforeClear = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", null);
        await store.GrainStorage.ClearAsync(Cart, State, beforeClear);
        var afterClear = await store.GrainStorage.WriteAsync(Cart, State, """{"lines":5}""", null);

        await Should.ThrowAsync<InconsistentStateException>(
            () => store.GrainStorage.WriteAsync(Cart, State, """{"lines":2}""", beforeClear));

        (await store.GrainStorage.ReadAsync(Cart, State)).ShouldBe(new("""{"lines":5}""", afterClear));
    }

    [Fact]
    public async Task States_are_kept_apart_by_grain_type_key_and_state_name()
    {
        var store = await OpenAsync();
        await store.GrainStorage.WriteAsync(Cart, State, "\"cart\"", null);
        await store.GrainStorage.WriteAsync(Cart, "profile", "\"profile\"", null);
        await store.GrainStorage.WriteAsync(Cart with { Key = "shopper-2" }, State, "\"other shopper\"", null);
        await store.GrainStorage.WriteAsync(Cart with { Type = "wishlist" }, State, "\"wishlist\"", null);

        (await store.GrainStorage.ReadAsync(Cart, State))!.Payload.ShouldBe("\"cart\"");
        (await store.GrainStorage.ReadAsync(Cart, "profile"))!.Payload.ShouldBe("\"profile\"");
        (await store.GrainStorage.ReadAsync(Cart with { Key = "shopper-2" }, State))!.Payload.ShouldBe("\"other shopper\"");
        (await store.GrainStorage.ReadAsync(Cart with { Type = "wishlist" }, State))!.Payload.ShouldBe("\"wishlist\"");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Concurrent_writers_with_the_same_etag_have_exactly_one_winner(bool stateExists)
    {
        // Two openings of one store play two silos, each with an activation of the same grain.
        StoreUnderTest[] silos = [await OpenAsync(), await OpenAsync()];
        var seen = stateExists ? await silos[0].GrainStorage.WriteAsync(Cart, State, """{"writer":-1}""", null) : null;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            try
            {
                return await silos[writer % 2].GrainStorage.WriteAsync(Cart, State, $$"""{"writer":{{writer}}}""", seen);
            }
            catch (InconsistentStateException)
            {
                return null;
            }
        })));

        var winner = outcomes.Where(o => o is not null).ShouldHaveSingleItem();
        (await silos[1].GrainStorage.ReadAsync(Cart, State))!.ETag.ShouldBe(winner);
    }

    [Fact]
    public async Task Opening_the_store_again_finds_what_was_written()
    {
        var first = await OpenAsync();
        var eTag = await first.GrainStorage.WriteAsync(Cart, State, """{"lines":1}""", null);
        await first.Reminders.UpsertAsync(Reminder("checkout-nudge"));

        var second = await OpenAsync();

        (await second.GrainStorage.ReadAsync(Cart, State)).ShouldBe(new("""{"lines":1}""", eTag));
        (await second.Reminders.ReadAsync(Cart, "checkout-nudge")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Reading_a_reminder_that_was_never_set_returns_null()
    {
        var store = await OpenAsync();

        (await store.Reminders.ReadAsync(Cart, "checkout-nudge")).ShouldBeNull();
        (await store.Reminders.ReadAllAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_upserted_reminder_reads_back_with_its_times_and_etag()
    {
        var store = await OpenAsync();
        var reminder = Reminder("checkout-nudge");

        var eTag = await store.Reminders.UpsertAsync(reminder);

        (await store.Reminders.ReadAsync(Cart, "checkout-nudge")).ShouldBe(reminder with { ETag = eTag });
    }

    [Fact]
    public async Task Upserting_an_existing_reminder_replaces_it_and_changes_its_etag()
    {
        var store = await OpenAsync();
        var first = await store.Reminders.UpsertAsync(Reminder("checkout-nudge"));
        var changed = Reminder("checkout-nudge") with { Period = TimeSpan.FromHours(1) };

        var second = await store.Reminders.UpsertAsync(changed);

        second.ShouldNotBe(first);
        (await store.Reminders.ReadAsync(Cart, "checkout-nudge")).ShouldBe(changed with { ETag = second });
    }

    [Fact]
    public async Task Read_all_lists_every_reminder_of_every_grain()
    {
        var store = await OpenAsync();
        var nudge = Reminder("checkout-nudge");
        var restock = Reminder("restock") with { GrainId = new GrainId("product", "lamp-7") };
        var nudgeETag = await store.Reminders.UpsertAsync(nudge);
        var restockETag = await store.Reminders.UpsertAsync(restock);

        var all = await store.Reminders.ReadAllAsync();

        all.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray()
            .ShouldBe(new[] { nudge with { ETag = nudgeETag }, restock with { ETag = restockETag } });
    }

    [Fact]
    public async Task Removing_a_reminder_with_its_current_etag_deletes_it()
    {
        var store = await OpenAsync();
        var eTag = await store.Reminders.UpsertAsync(Reminder("checkout-nudge"));

        (await store.Reminders.RemoveAsync(Cart, "checkout-nudge", eTag)).ShouldBeTrue();

        (await store.Reminders.ReadAsync(Cart, "checkout-nudge")).ShouldBeNull();
        (await store.Reminders.RemoveAsync(Cart, "checkout-nudge", eTag)).ShouldBeFalse();
    }

    [Fact]
    public async Task Removing_a_reminder_with_a_stale_etag_is_refused_and_keeps_it()
    {
        var store = await OpenAsync();
        var stale = await store.Reminders.UpsertAsync(Reminder("checkout-nudge"));
        var current = await store.Reminders.UpsertAsync(Reminder("checkout-nudge"));

        (await store.Reminders.RemoveAsync(Cart, "checkout-nudge", stale)).ShouldBeFalse();
        (await store.Reminders.RemoveAsync(Cart, "checkout-nudge", "not-an-etag")).ShouldBeFalse();

        (await store.Reminders.ReadAsync(Cart, "checkout-nudge"))!.ETag.ShouldBe(current);
    }

    // Whole milliseconds, since that is what the SQL tables keep.
    private static ReminderEntry Reminder(string name) =>
        new(Cart, name, DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_123), TimeSpan.FromMinutes(5));
}
