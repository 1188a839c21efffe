using System.Net.ServerSentEvents;
using System.Text.RegularExpressions;
using Elara.Grains.Assistant;

namespace Elara.Api.Assistant;

/// <summary>An answer as a stream of events: the text in small pieces ("delta"), then the whole answer ("reply").</summary>
public static partial class ReplyEvents
{
    public const string Delta = "delta";
    public const string Reply = "reply";

    public static IAsyncEnumerable<SseItem<object>> Of(AssistantReply reply) => Items(reply).ToAsyncEnumerable();

    static IEnumerable<SseItem<object>> Items(AssistantReply reply)
    {
        foreach (Match piece in PiecePattern().Matches(reply.Reply))
        {
            yield return new SseItem<object>(new ReplyDelta(piece.Value), Delta);
        }

        yield return new SseItem<object>(reply, Reply);
    }

    /// <summary>A word with the spaces after it, so the pieces join back into the reply exactly.</summary>
    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex PiecePattern();
}
