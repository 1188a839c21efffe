using Elara.Grains.Accounts;
using Elara.Grains.Payments;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Elara.Grains;

public static class ShopServiceCollectionExtensions
{
    /// <summary>The services Elara's grains need (payment gateway, password hasher); every silo host calls this.</summary>
    public static IServiceCollection AddElaraShop(this IServiceCollection services)
    {
        services.TryAddSingleton<IPaymentGateway, SandboxPaymentGateway>();
        services.TryAddSingleton<IPasswordHasher<AccountState>, PasswordHasher<AccountState>>();
        return services;
    }
}
