namespace Elara.Grains.Recommendations;

public sealed record CategoryAffinityScore(string Category, double Score);
