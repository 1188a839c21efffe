namespace Elara.Runtime;

/// <summary>A grain's identity: its type name and its key. Two references with the same id reach the same activation.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";

    /// <summary>Parses the <c>type/key</c> form that <see cref="ToString"/> writes (the key may itself contain '/').</summary>
    public static GrainId Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw new FormatException($"'{text}' is not a grain id of the form type/key.");
        }

        return new GrainId(text[..slash], text[(slash + 1)..]);
    }
}
