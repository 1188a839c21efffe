using Elara.Grains.Recommendations;

namespace Elara.Grains.Recommenders;

/// <summary>A product being ranked: its blended score, the signal that weighed most, and that signal's reason.</summary>
sealed record Candidate(string ProductId, ProductFacts Facts, double Score, RecommendationSource Source, string Reason);
