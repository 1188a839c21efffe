namespace Elara.Runtime;

/// <summary>The method does not change the grain's state, so it may run alongside other read-only calls.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReadOnlyAttribute : Attribute;
