namespace Elara.Runtime.Streams;

/// <summary>
/// Every stream in this namespace is delivered to the grain of this class whose key is the stream's key, activating it
/// if needed; the grain implements <see cref="IAsyncObserver{T}"/> for the item type.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ImplicitStreamSubscriptionAttribute(string @namespace) : Attribute
{
    public string Namespace { get; } = @namespace;
}
