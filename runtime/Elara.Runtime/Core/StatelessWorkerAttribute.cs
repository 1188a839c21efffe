namespace Elara.Runtime;

/// <summary>The grain keeps no state worth routing to: it is always activated on the silo that calls it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StatelessWorkerAttribute : Attribute;
