using System.Text.Json;
using System.Text.Json.Serialization;

namespace Elara.Api.Events;

/// <summary>Reads a single event object as a batch of one, and an array as it is.</summary>
internal sealed class EventBatchJsonConverter : JsonConverter<EventBatch>
{
    public override EventBatch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.StartObject => new EventBatch([JsonSerializer.Deserialize<TrackedEvent>(ref reader, options)]),
            JsonTokenType.StartArray => new EventBatch(JsonSerializer.Deserialize<List<TrackedEvent?>>(ref reader, options)!),
            _ => throw new JsonException("Expected an event object or an array of events."),
        };

    public override void Write(Utf8JsonWriter writer, EventBatch value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Events, options);
}
