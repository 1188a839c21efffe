using Elara.Runtime.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Elara.Silo.Hosting;

/// <summary>Ready when the silo has opened its store and takes calls.</summary>
internal sealed class SiloHealthCheck(SiloStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["storage"] = status.Storage, ["activations"] = status.ActivationCount };
        return Task.FromResult(status.IsRunning
            ? HealthCheckResult.Healthy("The silo takes calls.", data)
            : HealthCheckResult.Unhealthy("The silo is not running.", data: data));
    }
}
