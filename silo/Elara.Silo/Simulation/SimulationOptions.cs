namespace Elara.Silo.Simulation;

/// <summary>How the shopper simulator behaves: configuration section "Elara:Simulation".</summary>
public sealed class SimulationOptions
{
    /// <summary>Behaviour events per second across all simulated shoppers.</summary>
    public double EventsPerSecond { get; set; } = 5;

    /// <summary>How many simulated anonymous shoppers take turns ("a-sim-0001" ...).</summary>
    public int Shoppers { get; set; } = 200;

    /// <summary>Seeds the simulator's Random, so a run can be replayed.</summary>
    public int Seed { get; set; } = 2026;

    /// <summary>A product whose stock falls below this after an order is restocked.</summary>
    public int RestockBelow { get; set; } = 5;

    /// <summary>The stock a restock sets.</summary>
    public int RestockTo { get; set; } = 60;

    /// <summary>How often the simulator re-reads the catalog (new products, changed prices and stock).</summary>
    public TimeSpan CatalogRefresh { get; set; } = TimeSpan.FromMinutes(1);
}
