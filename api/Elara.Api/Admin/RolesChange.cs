using Elara.Grains.Users;

namespace Elara.Api.Admin;

/// <summary>The complete set of roles an account should hold (at least one).</summary>
public sealed record RolesChange(IReadOnlyList<string?>? Roles)
{
    public Dictionary<string, string[]> Validate() =>
        Roles is not { Count: > 0 } || Roles.Any(role => role is null || !Grains.Users.Roles.All.Contains(role))
            ? new() { ["roles"] = [$"Roles must be a non-empty list of: {string.Join(", ", Grains.Users.Roles.All)}."] }
            : [];
}
