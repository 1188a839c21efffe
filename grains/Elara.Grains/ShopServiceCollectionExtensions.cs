using Elara.Grains.Accounts;
using Elara.Grains.Assistant;
using Elara.Grains.Payments;
using Elara.Grains.Recommendations;
using Elara.Grains.Recommenders;
using Elara.Grains.SearchIndex;
using Elara.Grains.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Elara.Grains;

public static class ShopServiceCollectionExtensions
{
    /// <summary>
    /// The services Elara's grains need (payment gateway, password hasher, the silo's search index); every silo host
    /// calls this after adding the silo, so the index starts once the silo takes calls.
    /// </summary>
    public static IServiceCollection AddElaraShop(this IServiceCollection services)
    {
        services.TryAddSingleton<IPaymentGateway, SandboxPaymentGateway>();
        services.TryAddSingleton<IPasswordHasher<AccountState>, PasswordHasher<AccountState>>();
        services.TryAddSingleton<SiloCatalogIndex>();
        services.TryAddSingleton(AssistantResponders.Create);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SiloCatalogIndex>(sp => sp.GetRequiredService<SiloCatalogIndex>()));
        services.TryAddSingleton(Recommending);
        services.TryAddSingleton(HostedProductVectors.Create);
        services.TryAddSingleton<SiloRecommendationModel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SiloRecommendationModel>(sp => sp.GetRequiredService<SiloRecommendationModel>()));
        services.TryAddSingleton<BehaviourRelay>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BehaviourRelay>(sp => sp.GetRequiredService<BehaviourRelay>()));
        return services;
    }

    /// <summary>The recommender's defaults, with the list reuse the configuration sets (if any).</summary>
    static RecommenderOptions Recommending(IServiceProvider services)
    {
        var reuse = services.GetService<IConfiguration>()?.GetValue<TimeSpan?>(RecommenderOptions.ListReuseSetting);
        return reuse switch
        {
            null => new RecommenderOptions(),
            { } r when r >= TimeSpan.Zero => new RecommenderOptions { ListReuse = r },
            _ => throw new InvalidOperationException($"{RecommenderOptions.ListReuseSetting} must not be negative (it is {reuse})."),
        };
    }
}
