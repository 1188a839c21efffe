using System.Collections.Concurrent;

namespace Elara.Runtime.Tests.Grains;

/// <summary>What test grains did, shared with the test through DI (and across silo restarts when the test passes one instance).</summary>
public sealed class ActivationLog
{
    public ConcurrentQueue<string> Events { get; } = new();

    public int Count(string entry) => Events.Count(e => e == entry);

    public void Add(string entry) => Events.Enqueue(entry);
}
