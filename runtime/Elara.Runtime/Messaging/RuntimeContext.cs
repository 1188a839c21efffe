namespace Elara.Runtime.Messaging;

/// <summary>The turn the current code runs in (null outside grains); flows across awaits like Orleans' RuntimeContext.</summary>
internal static class RuntimeContext
{
    static readonly AsyncLocal<CallChain?> Current = new();

    public static CallChain? Chain
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}
