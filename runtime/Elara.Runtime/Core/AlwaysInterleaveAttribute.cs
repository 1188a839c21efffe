namespace Elara.Runtime;

/// <summary>The method runs at once, whatever else the activation is doing (for queries and callbacks that must not wait).</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AlwaysInterleaveAttribute : Attribute;
