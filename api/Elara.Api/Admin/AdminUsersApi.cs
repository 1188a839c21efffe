using Elara.Api.Identity;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Admin;

public static class AdminUsersApi
{
    public static IEndpointRouteBuilder MapAdminUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/admin/users").WithTags("Admin").RequireAuthorization(Policies.Admin);
        users.MapPut("/{email}/roles", SetRoles);
        return app;
    }

    /// <summary>Replaces the account's roles; they count from the account's next request (roles are read per request).</summary>
    static async Task<Results<Ok<Me>, ValidationProblem>> SetRoles(string email, RolesChange body, IGrainFactory grains)
    {
        var errors = body.Validate();
        if (email.Length > RegisterRequest.MaxEmailLength)
        {
            errors["email"] = ["The e-mail address is too long."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var account = await grains.Account(email).SetRolesAsync([.. body.Roles!.OfType<string>().Distinct()]);
        return TypedResults.Ok(await grains.MeAsync(account));
    }
}
