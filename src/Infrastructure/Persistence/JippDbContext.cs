using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Querying;
using Jipp.Application.Common.Records;
using Jipp.Domain.Agencies;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Regions;
using Jipp.Domain.Replications;
using Jipp.Domain.Sectors;
using Jipp.Domain.Webhooks;
using Jipp.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Infrastructure.Persistence;

public sealed class JippDbContext(DbContextOptions<JippDbContext> options) : DbContext(options), IJippDbContext
{
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

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JippDbContext).Assembly);
        modelBuilder.UseElementwiseComparers();
        modelBuilder.HasPostgresExtension("btree_gin"); // GIN indexes over plain columns beside a tsvector (contrib)
        modelBuilder.HasSequence<long>(Outbox.EventFeedSchema.WriteOrderSequence);
        // A SQL function of the schema (migration SearchTitleLexemes) rather than a custom translation, which a
        // compiled model cannot hold; PostgreSQL inlines it, so a query runs ts_filter(vector, '{a}') itself.
        modelBuilder.HasDbFunction(typeof(TextSearch).GetMethod(nameof(TextSearch.TitleOnly))!).HasName(TextSearch.TitleLexemesFunction);
    }
}
