using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Innovations.ListInnovations;
using Jipp.Application.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<IOperationContext, OperationContext>();
        services.AddStatisticsCache();
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .Validate(o => o.RankingWindow is >= 2 and <= 1000, "Jipp:Search:RankingWindow must be from 2 to 1000.")
            .ValidateOnStart();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
