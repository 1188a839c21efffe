namespace Elara.Grains.Recommenders;

/// <summary>A row's most similar partners, best first, as of the row's <paramref name="Version"/> when they were picked.</summary>
sealed record NeighbourList(Neighbour[] Best, long Version);
