using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<IOperationContext, OperationContext>();
        services.AddStatisticsCache();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
