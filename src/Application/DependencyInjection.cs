using FluentValidation;
using Jipp.Application.Agencies.ListAgencies;
using Jipp.Application.Agencies.RegisterAgency;
using Jipp.Application.Innovations;
using Jipp.Application.Innovations.ListInnovations;
using Jipp.Application.Innovations.RegisterInnovation;
using Jipp.Application.Statistics;
using Jipp.Application.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddStatisticsCache();
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .Validate(o => o.RankingWindow is >= 2 and <= 1000, "Jipp:Search:RankingWindow must be from 2 to 1000.")
            .Validate(o => o.CacheSeconds is >= 0 and <= 60, "Jipp:Search:CacheSeconds must be from 0 to 60.")
            .Validate(o => o.MaxCachedWindows >= 0, "Jipp:Search:MaxCachedWindows must be 0 or more.")
            .Validate(o => o.EffectiveRecentIndexDepths.All(d => d >= 0), "Jipp:Search:RecentIndexDepths must be 0 (no index of the newest innovations) or more.")
            .Validate(o => o.EffectiveRangeDepths.All(d => d > 0) && o.EffectiveRangeDepths.SequenceEqual(o.EffectiveRangeDepths.Order()), "Jipp:Search:RangeDepths must be positive and increasing.")
            .ValidateOnStart();
        services.AddSingleton<SearchRanges>();
        services.AddOptions<WebhookNetworkOptions>()
            .Configure<Microsoft.Extensions.Configuration.IConfiguration>(WebhookNetworkOptions.Bind)
            .Validate(o => o.IsValid, "Jipp:Webhooks:AllowedNetworks must be CIDR ranges such as 10.20.0.0/16.")
            .ValidateOnStart();
        services.AddSingleton<SearchWindows>();
        services.AddOptions<OpenData.OpenDataOptions>()
            .BindConfiguration(OpenData.OpenDataOptions.SectionName)
            .Validate(o => o.IsValid, "Jipp:OpenData: MaxAgeSeconds 0–3600, CommandTimeoutSeconds 0–86400, FlushEveryRows 1–100000.")
            .ValidateOnStart();

        // Validators whose rules need no request-scoped service are built once: building the rules is most of what a
        // validator costs per request. The others (database checks, the caller's role) are built per request.
        Type[] builtOnce = [typeof(InnovationInputValidator), typeof(ListInnovationsValidator), typeof(ListAgenciesValidator), typeof(RegisterAgencyValidator), typeof(RegisterInnovationValidator)];
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, r => builtOnce.Contains(r.ValidatorType), includeInternalTypes: true);
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, r => !builtOnce.Contains(r.ValidatorType), includeInternalTypes: true);
        return services;
    }
}
