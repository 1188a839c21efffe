namespace Elara.Runtime.Streams;

/// <summary>An explicit subscription; unsubscribing stops delivery.</summary>
public sealed class StreamSubscriptionHandle(StreamId stream, Func<Task> unsubscribe)
{
    public StreamId Stream { get; } = stream;

    public Task UnsubscribeAsync() => unsubscribe();
}
