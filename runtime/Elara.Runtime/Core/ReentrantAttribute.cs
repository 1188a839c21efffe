namespace Elara.Runtime;

/// <summary>Lets calls to this grain interleave at awaits (and call cycles through it succeed).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
