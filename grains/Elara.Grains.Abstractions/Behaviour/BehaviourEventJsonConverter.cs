using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Elara.Grains.Behaviour;

/// <summary>
/// Reads and writes <see cref="BehaviourEvent"/> in the shape System.Text.Json gives it by default (camelCase names,
/// the kind's event-API name, nulls written), field by field and without allocating for names: every event crosses the wire to its user grain, goes into
/// the shopper's log and travels on the behaviour stream, and the serializer's constructor-argument path was a large
/// share of a silo's time under ingest.
/// </summary>
public sealed class BehaviourEventJsonConverter : JsonConverter<BehaviourEvent>
{
    static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    static readonly JsonEncodedText ShopperIdName = JsonEncodedText.Encode("shopperId");
    static readonly JsonEncodedText ProductIdName = JsonEncodedText.Encode("productId");
    static readonly JsonEncodedText QueryName = JsonEncodedText.Encode("query");
    static readonly JsonEncodedText QuantityName = JsonEncodedText.Encode("quantity");
    static readonly JsonEncodedText AtName = JsonEncodedText.Encode("at");

    /// <summary>Each kind's name as the enum's own attributes give it, so the two never disagree.</summary>
    static readonly Dictionary<BehaviourKind, JsonEncodedText> KindNames = Enum.GetValues<BehaviourKind>().ToDictionary(
        kind => kind,
        kind => JsonEncodedText.Encode(
            typeof(BehaviourKind).GetField(kind.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? kind.ToString()));


    public override BehaviourEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A behaviour event must be a JSON object.");
        }

        (BehaviourKind? kind, string? shopperId, string? productId, string? query, int quantity, DateTimeOffset? at) = (null, null, null, null, 0, null);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(KindName.EncodedUtf8Bytes))
            {
                reader.Read();
                kind = KindOf(ref reader);
            }
            else if (reader.ValueTextEquals(ShopperIdName.EncodedUtf8Bytes))
            {
                reader.Read();
                shopperId = reader.GetString();
            }
            else if (reader.ValueTextEquals(ProductIdName.EncodedUtf8Bytes))
            {
                reader.Read();
                productId = reader.GetString();
            }
            else if (reader.ValueTextEquals(QueryName.EncodedUtf8Bytes))
            {
                reader.Read();
                query = reader.GetString();
            }
            else if (reader.ValueTextEquals(QuantityName.EncodedUtf8Bytes))
            {
                reader.Read();
                quantity = reader.GetInt32();
            }
            else if (reader.ValueTextEquals(AtName.EncodedUtf8Bytes))
            {
                reader.Read();
                at = reader.GetDateTimeOffset();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new BehaviourEvent(
            kind ?? throw new JsonException("A behaviour event needs a kind."),
            shopperId ?? throw new JsonException("A behaviour event needs a shopper id."),
            productId,
            query,
            quantity,
            at ?? throw new JsonException("A behaviour event needs its moment."));
    }

    static BehaviourKind KindOf(ref Utf8JsonReader reader)
    {
        foreach (var (kind, name) in KindNames)
        {
            if (reader.ValueTextEquals(name.EncodedUtf8Bytes))
            {
                return kind;
            }
        }

        throw new JsonException($"'{reader.GetString()}' is not a behaviour kind.");
    }

    public override void Write(Utf8JsonWriter writer, BehaviourEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, KindNames[value.Kind]);
        writer.WriteString(ShopperIdName, value.ShopperId);
        writer.WriteString(ProductIdName, value.ProductId);
        writer.WriteString(QueryName, value.Query);
        writer.WriteNumber(QuantityName, value.Quantity);
        writer.WriteString(AtName, value.At);
        writer.WriteEndObject();
    }
}
