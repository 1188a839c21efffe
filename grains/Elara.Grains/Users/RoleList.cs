using System.Collections.Immutable;
using Elara.Grains.Errors;

namespace Elara.Grains.Users;

/// <summary>Checks the roles given to an account.</summary>
public static class RoleList
{
    /// <summary>The roles without repeats, in the order of <see cref="Roles.All"/>; Invalid for an unknown role or none.</summary>
    public static ImmutableList<string> From(IReadOnlyList<string> roles)
    {
        if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
        {
            throw ShopException.Invalid($"'{unknown}' is not a role; roles are {string.Join(", ", Roles.All)}");
        }

        return roles.Count > 0
            ? [.. Roles.All.Where(roles.Contains)]
            : throw ShopException.Invalid("an account needs at least one role");
    }
}
