namespace Elara.Runtime.State;

/// <summary>Marks a grain constructor parameter of type <see cref="IEventLog{TEntry}"/> and names the log.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class EventLogAttribute(string logName) : Attribute
{
    public string LogName { get; } = logName;
}
