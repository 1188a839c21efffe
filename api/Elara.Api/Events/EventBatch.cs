using System.Text.Json.Serialization;

namespace Elara.Api.Events;

/// <summary>What POST /api/events takes: one event object or an array of them.</summary>
[JsonConverter(typeof(EventBatchJsonConverter))]
public sealed record EventBatch(IReadOnlyList<TrackedEvent?> Events)
{
    public const int MaxEvents = 100;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Events.Count is 0 or > MaxEvents)
        {
            errors["events"] = [$"Send 1 to {MaxEvents} events."];
            return errors;
        }

        for (var i = 0; i < Events.Count; i++)
        {
            if (Events[i] is { } tracked)
            {
                tracked.Validate($"[{i}]", errors);
            }
            else
            {
                errors[$"[{i}]"] = ["The event is required."];
            }
        }

        return errors;
    }
}
