using Elara.Grains.Recommendations;

namespace Elara.Api.Recommendations;

public sealed record BoughtTogetherPage(string ProductId, IReadOnlyList<BoughtTogether> Items);
