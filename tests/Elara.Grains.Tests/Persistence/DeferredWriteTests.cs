using Elara.Grains.Persistence;
using Elara.Runtime.Timers;
using Shouldly;

namespace Elara.Grains.Tests.Persistence;

public sealed class DeferredWriteTests
{
    readonly List<FakeTimer> timers = [];
    int writes;

    [Fact]
    public async Task A_burst_of_changes_plans_one_write_after_the_delay()
    {
        var deferred = new DeferredWrite(Write);

        deferred.Schedule(Register);
        deferred.Schedule(Register);
        await timers.ShouldHaveSingleItem().FireAsync();

        writes.ShouldBe(1);
        timers[0].Due.ShouldBe(DeferredWrite.Delay);
        timers[0].Disposed.ShouldBeTrue();
    }

    [Fact]
    public void A_write_that_already_happened_cancels_the_planned_one()
    {
        var deferred = new DeferredWrite(Write);
        deferred.Schedule(Register);

        deferred.Cancel();

        timers.ShouldHaveSingleItem().Disposed.ShouldBeTrue();
        writes.ShouldBe(0);
    }

    [Fact]
    public async Task A_change_after_the_write_plans_the_next_one()
    {
        var deferred = new DeferredWrite(Write);
        deferred.Schedule(Register);
        await timers[0].FireAsync();

        deferred.Schedule(Register);

        timers.Count.ShouldBe(2);
        timers[1].Disposed.ShouldBeFalse();
    }

    /// <summary>As a store does: a cancelled token means no write.</summary>
    Task Write(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        writes++;
        return Task.CompletedTask;
    }

    IGrainTimer Register(Func<CancellationToken, Task> callback, TimeSpan due, TimeSpan period)
    {
        period.ShouldBe(Timeout.InfiniteTimeSpan);
        var timer = new FakeTimer(callback, due);
        timers.Add(timer);
        return timer;
    }

    /// <summary>Like the runtime's grain timer, disposing it cancels the token its callback was given.</summary>
    sealed class FakeTimer(Func<CancellationToken, Task> callback, TimeSpan due) : IGrainTimer
    {
        readonly CancellationTokenSource disposed = new();

        public TimeSpan Due { get; } = due;

        public bool Disposed => disposed.IsCancellationRequested;

        public Task FireAsync() => callback(disposed.Token);

        public void Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException();

        public void Dispose() => disposed.Cancel();
    }
}
