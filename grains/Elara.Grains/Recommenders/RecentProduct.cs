namespace Elara.Grains.Recommenders;

public sealed record RecentProduct(string ProductId, DateTimeOffset At);
