namespace Elara.Grains.Users;

/// <summary>An account holder as the shop knows them.</summary>
public sealed record UserProfile(string UserId, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);
