namespace Elara.Silo.Simulation;

/// <summary>The kinds of shopper the simulator plays; shopper n is persona n modulo the count.</summary>
public static class Personas
{
    public static IReadOnlyList<Persona> All { get; } =
    [
        new("gardener", Weights(("garden", 8), ("outdoor", 4), ("lighting", 1.5), ("pet", 1.5)), 0.3, 1.0, 1.0, 2),
        new("home cook", Weights(("kitchen", 8), ("textiles", 2), ("party", 1.5), ("storage", 2)), 0.2, 1.2, 1.0, 2),
        new("gift hunter", Weights(("jewellery", 5), ("stationery", 4), ("bath", 4), ("toys", 3), ("christmas", 3), ("decor", 2)), -0.4, 1.0, 1.3, 1),
        new("bargain hunter", Weights(("party", 2), ("christmas", 1.5)), 1.3, 1.4, 0.8, 4),
        new("party planner", Weights(("party", 9), ("kitchen", 2), ("lighting", 2), ("christmas", 3)), 0.6, 1.5, 1.2, 6),
        new("pet owner", Weights(("pet", 10), ("garden", 2), ("outdoor", 2), ("textiles", 1.5)), 0.3, 1.1, 1.1, 2),
        new("home maker", Weights(("decor", 7), ("lighting", 5), ("textiles", 4), ("bath", 2)), 0.0, 0.9, 0.9, 2),
    ];

    static Dictionary<string, double> Weights(params (string Word, double Weight)[] weights) =>
        weights.ToDictionary(w => w.Word, w => w.Weight, StringComparer.OrdinalIgnoreCase);
}
