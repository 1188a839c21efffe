using System.Collections.Concurrent;

namespace Elara.Runtime.Tests.Grains;

/// <summary>Named gates a test opens by hand, so it decides exactly when a grain's turn may finish.</summary>
public sealed class Gates
{
    readonly ConcurrentDictionary<string, TaskCompletionSource> gates = new();
    readonly ConcurrentDictionary<string, TaskCompletionSource> entered = new();

    public Task WaitAsync(string name) => Gate(gates, name).Task;

    public void Open(string name) => Gate(gates, name).TrySetResult();

    public void Entered(string name) => Gate(entered, name).TrySetResult();

    public bool HasEntered(string name) => Gate(entered, name).Task.IsCompleted;

    public Task WhenEntered(string name) => Gate(entered, name).Task.WaitAsync(TimeSpan.FromSeconds(10));

    static TaskCompletionSource Gate(ConcurrentDictionary<string, TaskCompletionSource> map, string name) =>
        map.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
