namespace Elara.Runtime;

/// <summary>Marks a grain interface. Every method returns <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrain;
