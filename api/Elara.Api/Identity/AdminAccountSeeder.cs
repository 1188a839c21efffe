using Elara.Grains.Users;
using Elara.Runtime;
using Microsoft.Extensions.Options;

namespace Elara.Api.Identity;

/// <summary>
/// At start-up, registers the configured administrator when missing, or makes sure the account is an admin. An existing
/// account is promoted only when the configured password opens it, so whoever registered the address first in the shop
/// does not become admin just because an operator later configured that address.
/// </summary>
internal sealed partial class AdminAccountSeeder(
    IOptions<AdminAccountOptions> options,
    IGrainFactory grains,
    ILogger<AdminAccountSeeder> logger) : IHostedService
{
    static readonly string[] AdminRoles = [Roles.Admin, Roles.Shopper];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value is not { Email: { Length: > 0 } email, Password: { Length: > 0 } password })
        {
            return;
        }

        var account = grains.Account(email);
        var existing = await account.GetAsync();
        if (existing is null)
        {
            await account.RegisterAsync(password, "Administrator", AdminRoles);
            LogRegistered(email);
            return;
        }

        if (existing.Roles.Contains(Roles.Admin))
        {
            return;
        }

        if (!(await account.SignInAsync(password)).Succeeded)
        {
            LogNotPromoted(email);
            return;
        }

        await account.SetRolesAsync([.. existing.Roles.Union(AdminRoles)]);
        LogPromoted(email);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered the configured administrator {Email}")]
    partial void LogRegistered(string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave the configured administrator {Email} the admin role")]
    partial void LogPromoted(string email);

    [LoggerMessage(Level = LogLevel.Error, Message = "The account {Email} exists but the configured admin password does not open it; it was not made admin")]
    partial void LogNotPromoted(string email);
}
