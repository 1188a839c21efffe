namespace Elara.Grains.Recommenders;

/// <summary>
/// The products one shopper touched in one batch, in order, with the weight each touch adds, and the products that were
/// recent for them before it (newest first). Each touch co-occurs with the shopper's recent products at its moment; the
/// item graph rebuilds those with the same rule the preference vector keeps them by (<see cref="RecentProducts"/>), so a
/// batch travels to every silo as a few ids rather than a list of recent products per event.
/// </summary>
public sealed record Touches(IReadOnlyList<string> RecentBefore, IReadOnlyList<string> ProductIds, IReadOnlyList<double> Weights);
