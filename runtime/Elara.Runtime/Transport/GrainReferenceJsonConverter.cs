using System.Text.Json;
using System.Text.Json.Serialization;
using Elara.Runtime.Messaging;

namespace Elara.Runtime.Transport;

/// <summary>Grain references in arguments and results travel as their grain id and become references again on arrival.</summary>
internal sealed class GrainReferenceJsonConverterFactory(Func<GrainFactory> factory) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsInterface && typeof(IGrain).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), factory)!;

    sealed class Converter<T>(Func<GrainFactory> factory) : JsonConverter<T>
        where T : class
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : factory().GetGrain<T>(GrainId.Parse(reader.GetString()!));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (value is GrainReference reference)
            {
                writer.WriteStringValue(reference.GrainId.ToString());
            }
            else if (value is Grain grain)
            {
                writer.WriteStringValue(grain.GrainId.ToString());
            }
            else
            {
                throw new NotSupportedException($"Only grain references can cross silos, not a {value.GetType().Name}.");
            }
        }
    }
}
