using System.Text.Json;
using Elara.Grains.Behaviour;
using Shouldly;

namespace Elara.Grains.Tests.Behaviour;

public sealed class BehaviourEventJsonConverterTests
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    static readonly DateTimeOffset At = new(2026, 11, 1, 12, 30, 15, 250, TimeSpan.Zero);

    /// <summary>What System.Text.Json wrote before the converter: shoppers' logs already hold events in this shape.</summary>
    const string StoredShape =
        """{"kind":"add_to_cart","shopperId":"s-1","productId":"p-7","query":null,"quantity":2,"at":"2026-11-01T12:30:15.25+00:00"}""";

    [Fact]
    public void An_event_is_written_in_the_shape_the_serializer_gave_it_before()
    {
        var json = JsonSerializer.Serialize(new BehaviourEvent(BehaviourKind.AddToCart, "s-1", "p-7", null, 2, At), Web);

        json.ShouldBe(StoredShape);
    }

    [Fact]
    public void Events_stored_in_that_shape_read_back_whatever_the_order_of_their_fields()
    {
        const string reordered = """{"at":"2026-11-01T12:30:15.25+00:00","quantity":1,"extra":{"a":[1,2]},"query":"red lamp","kind":"search","shopperId":"s-2"}""";

        var events = JsonSerializer.Deserialize<List<BehaviourEvent>>($"[{StoredShape},{reordered}]", Web)!;

        events[0].ShouldBe(new BehaviourEvent(BehaviourKind.AddToCart, "s-1", "p-7", null, 2, At));
        events[1].ShouldBe(new BehaviourEvent(BehaviourKind.Search, "s-2", null, "red lamp", 1, At));
    }

    [Theory]
    [InlineData("""{"kind":"teleport","shopperId":"s","quantity":1,"at":"2026-11-01T12:00:00+00:00"}""")]
    [InlineData("""{"shopperId":"s","quantity":1,"at":"2026-11-01T12:00:00+00:00"}""")]
    [InlineData("""{"kind":"view","quantity":1,"at":"2026-11-01T12:00:00+00:00"}""")]
    [InlineData("""{"kind":"view","shopperId":"s","quantity":1}""")]
    [InlineData("""["view"]""")]
    public void An_event_without_a_known_kind_a_shopper_or_a_moment_is_refused(string json) =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<BehaviourEvent>(json, Web));

    [Fact]
    public void Every_kind_round_trips()
    {
        foreach (var kind in Enum.GetValues<BehaviourKind>())
        {
            var original = new BehaviourEvent(kind, "s", "p", "q", 3, At);

            JsonSerializer.Deserialize<BehaviourEvent>(JsonSerializer.Serialize(original, Web), Web).ShouldBe(original);
        }
    }
}
