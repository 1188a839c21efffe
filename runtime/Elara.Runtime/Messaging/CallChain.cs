namespace Elara.Runtime.Messaging;

/// <summary>The activations whose turns are waiting, innermost first; a call that would re-enter one of them is a cycle.</summary>
internal sealed class CallChain(ActivationData activation, CallChain? caller)
{
    public ActivationData Activation { get; } = activation;

    public CallChain? Caller { get; } = caller;

    public bool Contains(ActivationData activation)
    {
        for (var link = this; link is not null; link = link.Caller)
        {
            if (ReferenceEquals(link.Activation, activation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a/1 -> b/2 -> a/1": the path from the outermost caller to <paramref name="target"/>.</summary>
    public string Describe(GrainId target)
    {
        var ids = new List<string> { target.ToString() };
        for (var link = this; link is not null; link = link.Caller)
        {
            ids.Add(link.Activation.Id.ToString());
        }

        ids.Reverse();
        return string.Join(" -> ", ids);
    }
}
