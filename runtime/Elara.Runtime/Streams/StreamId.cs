namespace Elara.Runtime.Streams;

/// <summary>A stream: a namespace (what kind of events) and a key (whose). Implicit subscribers are the grains with that key.</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    public override string ToString() => $"{Namespace}/{Key}";
}
