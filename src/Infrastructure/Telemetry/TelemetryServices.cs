using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jipp.Infrastructure.Telemetry;

public static class TelemetryServices
{
    /// <summary>The meter and its gauges' sources; the unit of work counts through them whether or not anything listens.</summary>
    public static IServiceCollection AddJippMetrics(this IServiceCollection services)
    {
        services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<EventFeedLag>();
        services.TryAddSingleton<ServiceReadiness>();
        services.TryAddSingleton<JippMetrics>();
        return services;
    }

    /// <summary>Runs the readiness checks periodically for the <c>jipp.ready</c> gauge; only where metrics are collected.</summary>
    public static IServiceCollection AddReadinessGauge(this IServiceCollection services, TimeSpan period)
    {
        services.AddSingleton<IHealthCheckPublisher>(sp => sp.GetRequiredService<ServiceReadiness>());
        services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Predicate = check => check.Tags.Contains(ServiceReadiness.ReadyTag);
            options.Period = period;
            options.Delay = TimeSpan.FromSeconds(Math.Min(period.TotalSeconds, 2));
        });
        return services;
    }
}
