namespace Elara.Api.Recommendations;

/// <summary>Body of POST /api/recommendations/hidden.</summary>
public sealed record HideProduct(string? ProductId);
