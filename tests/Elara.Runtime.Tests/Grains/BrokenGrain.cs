namespace Elara.Runtime.Tests.Grains;

public interface IBrokenGrain : IGrainWithStringKey
{
    Task<string> PingAsync();
}

/// <summary>Fails to activate while the log holds "broken"; used to check activation errors reach the caller.</summary>
public sealed class BrokenGrain(ActivationLog log) : Grain, IBrokenGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        log.Count("broken") > 0 ? throw new InvalidOperationException("cannot activate today") : Task.CompletedTask;

    public Task<string> PingAsync() => Task.FromResult("pong");
}
