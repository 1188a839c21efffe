using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Elara.Runtime.Messaging;

namespace Elara.Runtime.Transport;

/// <summary>What a frame carries. A frame is [int32 length][kind][fields], little-endian, strings as int32 length + UTF-8.</summary>
internal enum FrameKind : byte
{
    Request = 1,
    Response = 2,
    Ping = 3,
    Pong = 4,
    StreamItem = 5,
}

internal enum ResponseStatus : byte
{
    Ok = 0,
    Error = 1,
    Bounce = 2,
}

/// <summary>Builds one frame in a per-thread buffer and hands out an exact copy.</summary>
internal sealed class FrameBuilder
{
    [ThreadStatic]
    static FrameBuilder? cached;

    /// <summary>Where the first field after the length and the kind starts (a request's or stream item's correlation id).</summary>
    public const int FirstFieldAt = 5;

    readonly ArrayBufferWriter<byte> buffer = new(256);

    public static FrameBuilder Start(FrameKind kind)
    {
        var builder = cached ??= new FrameBuilder();
        builder.buffer.ResetWrittenCount();
        builder.buffer.GetSpan(4);
        builder.buffer.Advance(4);
        builder.Byte((byte)kind);
        return builder;
    }

    public FrameBuilder Byte(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
        return this;
    }

    public FrameBuilder Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
        return this;
    }

    public FrameBuilder Int64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
        return this;
    }

    public FrameBuilder String(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Int32(length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
        return this;
    }

    /// <summary>JSON written straight into the frame, prefixed with its length.</summary>
    public FrameBuilder Json(Action<Utf8JsonWriter, object?> write, object? state)
    {
        var lengthAt = buffer.WrittenCount;
        Int32(0);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        var length = buffer.WrittenCount - lengthAt - 4;
        BinaryPrimitives.WriteInt32LittleEndian(MemoryMarshalSpan(lengthAt), length);
        return this;
    }

    Span<byte> MemoryMarshalSpan(int at) =>
        System.Runtime.InteropServices.MemoryMarshal.AsMemory(buffer.WrittenMemory).Span.Slice(at, 4);

    public byte[] Build()
    {
        var frame = buffer.WrittenSpan.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length - 4);
        return frame;
    }
}

/// <summary>Reads the fields of one frame in order.</summary>
internal ref struct FrameReader(ReadOnlySpan<byte> span)
{
    readonly ReadOnlySpan<byte> span = span;
    int position;

    public byte Byte() => span[position++];

    public int Int32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(span[position..]);
        position += 4;
        return value;
    }

    public long Int64()
    {
        var value = BinaryPrimitives.ReadInt64LittleEndian(span[position..]);
        position += 8;
        return value;
    }

    public string String()
    {
        var length = Int32();
        var value = Encoding.UTF8.GetString(span.Slice(position, length));
        position += length;
        return value;
    }

    public ReadOnlySpan<byte> Bytes()
    {
        var length = Int32();
        var value = span.Slice(position, length);
        position += length;
        return value;
    }
}

/// <summary>Arguments and results as System.Text.Json, each value by its declared type.</summary>
internal static class WireCodec
{
    public static void WriteArguments(Utf8JsonWriter writer, GrainMethod method, object?[] arguments, JsonSerializerOptions json)
    {
        var parameters = method.Parameters;
        writer.WriteStartArray();
        for (var i = 0; i < parameters.Length; i++)
        {
            JsonSerializer.Serialize(writer, i < arguments.Length ? arguments[i] : null, parameters[i], json);
        }

        writer.WriteEndArray();
    }

    public static object?[] ReadArguments(ReadOnlySpan<byte> utf8, GrainMethod method, JsonSerializerOptions json)
    {
        var parameters = method.Parameters;
        var arguments = new object?[parameters.Length];
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        for (var i = 0; i < parameters.Length; i++)
        {
            reader.Read();
            arguments[i] = JsonSerializer.Deserialize(ref reader, parameters[i], json);
        }

        return arguments;
    }
}
