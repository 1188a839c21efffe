using Elara.Bench.Measurement;
using Shouldly;

namespace Elara.Bench.Tests.Measurement;

public sealed class OpenLoopScheduleTests
{
    [Fact]
    public void The_first_request_is_due_at_the_start_and_the_run_holds_rate_times_seconds()
    {
        var schedule = new OpenLoopSchedule(rate: 2_000, seconds: 20, ticksPerSecond: 1_000_000_000);

        schedule.Total.ShouldBe(40_000);
        schedule.DueBy(0).ShouldBe(1);
        schedule.DueBy(-5).ShouldBe(0);
    }

    [Theory]
    [InlineData(2_000, 1_000_000_000)]
    [InlineData(3, 10)]
    [InlineData(7, 10_000_000)]
    public void Each_request_is_due_at_its_own_time_and_not_a_tick_before(int rate, long ticksPerSecond)
    {
        var schedule = new OpenLoopSchedule(rate, seconds: 5, ticksPerSecond);

        for (long i = 1; i < schedule.Total; i++)
        {
            schedule.DueBy(schedule.DueAt(i)).ShouldBe(i + 1);
            schedule.DueBy(schedule.DueAt(i) - 1).ShouldBe(i);
        }
    }

    [Fact]
    public void Requests_are_spread_evenly_and_never_more_than_the_total_come_due()
    {
        var schedule = new OpenLoopSchedule(rate: 4, seconds: 2, ticksPerSecond: 1_000);

        schedule.DueAt(1).ShouldBe(250);
        schedule.DueAt(4).ShouldBe(1_000);
        schedule.DueBy(999).ShouldBe(4);
        schedule.DueBy(1_000_000).ShouldBe(8);
    }
}
