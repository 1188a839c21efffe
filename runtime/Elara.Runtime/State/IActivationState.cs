namespace Elara.Runtime.State;

/// <summary>The runtime's side of a persistent state: read at activation, written at deactivation if it changed.</summary>
internal interface IActivationState
{
    Task ReadStateAsync(CancellationToken cancellationToken = default);

    Task WriteIfChangedAsync(CancellationToken cancellationToken);
}
