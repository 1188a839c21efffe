using Elara.Runtime.Messaging;

namespace Elara.Runtime.State;

/// <summary>Creates the <see cref="PersistentState{TState}"/> for a grain constructor parameter.</summary>
internal static class PersistentStateBinder
{
    public static object Bind(Type stateType, string stateName, ActivationData activation)
    {
        var state = (IActivationState)Activator.CreateInstance(
            typeof(PersistentState<>).MakeGenericType(stateType), stateName, activation)!;
        activation.AddState(state);
        return state;
    }
}
