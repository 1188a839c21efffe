namespace Elara.Grains.Recommenders;

/// <summary>
/// How much a shopper likes one product: <paramref name="Score"/> as of <paramref name="At"/> (it decays from there),
/// how often they bought it, and the strongest thing they did with it (for the reason shown).
/// </summary>
public sealed record ItemAffinity(string ProductId, double Score, DateTimeOffset At, int Purchases, AffinityKind Strongest);
