using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Elara.Runtime.Transport;

/// <summary>
/// Exceptions across the wire: the type's full name, the message, and the public properties the type adds to
/// <see cref="Exception"/> as JSON. The receiver rebuilds the same type through a constructor whose parameters are
/// "message" and those properties (matched by name), so e.g. a ShopException keeps its error kind; otherwise it gets a
/// <see cref="RemoteGrainException"/> with the type name and message.
/// </summary>
internal static class RemoteExceptions
{
    static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    public static (string TypeName, string Message, string Properties) Describe(Exception exception, JsonSerializerOptions json)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        var type = exception.GetType();
        var properties = new JsonObject();
        for (var t = type; t is not null && t != typeof(Exception); t = t.BaseType)
        {
            foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetIndexParameters().Length > 0 || properties.ContainsKey(property.Name))
                {
                    continue;
                }

                try
                {
                    properties[property.Name] = JsonSerializer.SerializeToNode(property.GetValue(exception), property.PropertyType, json);
                }
                catch (Exception)
                {
                    // A property that does not serialize is left out; the type and message still travel.
                }
            }
        }

        return (type.AssemblyQualifiedName ?? type.FullName ?? type.Name, exception.Message, properties.ToJsonString());
    }

    public static Exception Rebuild(string typeName, string message, string properties, JsonSerializerOptions json)
    {
        var type = Types.GetOrAdd(typeName, static name =>
        {
            try
            {
                return Type.GetType(name, throwOnError: false) is { } t && typeof(Exception).IsAssignableFrom(t) ? t : null;
            }
            catch (Exception)
            {
                return null;
            }
        });
        if (type is null)
        {
            return new RemoteGrainException(typeName, message);
        }

        JsonObject values;
        try
        {
            values = JsonNode.Parse(properties) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            values = [];
        }

        foreach (var constructor in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            var ok = true;
            for (var i = 0; i < parameters.Length && ok; i++)
            {
                var parameter = parameters[i];
                if (string.Equals(parameter.Name, "message", StringComparison.OrdinalIgnoreCase) && parameter.ParameterType == typeof(string))
                {
                    arguments[i] = message;
                }
                else if (values.FirstOrDefault(p => string.Equals(p.Key, parameter.Name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } value)
                {
                    try
                    {
                        arguments[i] = value.Value?.Deserialize(parameter.ParameterType, json);
                    }
                    catch (Exception)
                    {
                        ok = false;
                    }
                }
                else if (parameter.HasDefaultValue)
                {
                    arguments[i] = parameter.DefaultValue;
                }
                else
                {
                    ok = false;
                }
            }

            if (ok && parameters.Any(p => p.Name == "message") || ok && parameters.Length == 0)
            {
                try
                {
                    return (Exception)constructor.Invoke(arguments);
                }
                catch (Exception)
                {
                    // try the next constructor
                }
            }
        }

        return new RemoteGrainException(typeName, message);
    }
}
