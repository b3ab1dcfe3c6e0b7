using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Records;
using Jipp.Domain.Agencies;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Regions;
using Jipp.Domain.Replications;
using Jipp.Domain.Sectors;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Infrastructure.Persistence;

public sealed class JippDbContext(DbContextOptions<JippDbContext> options) : DbContext(options), IJippDbContext
{
    /// <summary>
    /// The services of the scope (request) that holds this context, for the interceptors. Contexts are
    /// pooled, so this is set each time one is handed to a scope; null outside DI (design time).
    /// </summary>
    public IServiceProvider? RequestServices { get; internal set; }

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Regency> Regencies => Set<Regency>();

    public DbSet<Sector> Sectors => Set<Sector>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Hub> Hubs => Set<Hub>();

    public DbSet<HubPartner> HubPartners => Set<HubPartner>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<Innovation> Innovations => Set<Innovation>();

    public DbSet<Candidacy> Candidacies => Set<Candidacy>();

    public DbSet<CohortPolicy> CohortPolicies => Set<CohortPolicy>();

    public DbSet<HubActivity> HubActivities => Set<HubActivity>();

    public DbSet<ReplicationRequest> ReplicationRequests => Set<ReplicationRequest>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<IntegrationEvent> Events => Set<IntegrationEvent>();

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Database.CreateExecutionStrategy().ExecuteAsync(
            work,
            async (operation, ct) =>
            {
                await using var transaction = await Database.BeginTransactionAsync(ct);
                var result = await operation(ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JippDbContext).Assembly);
}
