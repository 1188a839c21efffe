using Elara.Runtime.Timers;

namespace Elara.Runtime.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan dueTime, TimeSpan period);

    Task StopAsync();

    Task<int> TicksAsync();
}

public sealed class TimerGrain : Grain, ITimerGrain
{
    IGrainTimer? timer;
    int ticks;

    public Task StartAsync(TimeSpan dueTime, TimeSpan period)
    {
        timer = RegisterGrainTimer(_ =>
        {
            ticks++;
            return Task.CompletedTask;
        }, dueTime, period);
        return Task.CompletedTask;
    }

    public Task StopAsync()
    {
        timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<int> TicksAsync() => Task.FromResult(ticks);
}
