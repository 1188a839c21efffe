namespace Elara.Grains.Accounts;

public sealed record AccountView(string Email, string UserId, IReadOnlyList<string> Roles);
