namespace Elara.Runtime;

/// <summary>
/// The stable type name stored in grain ids and state rows. Without it the class name is used, lower-cased and without
/// a trailing "Grain" (CartGrain → "cart"); set it when renaming a class must not orphan stored state.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
