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
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Common.Interfaces;

/// <summary>
/// The data handlers read and change directly; there is no generic repository in between. Commands never save:
/// their unit of work (<see cref="IUnitOfWork"/>) does, once.
/// </summary>
public interface IJippDbContext
{
    DbSet<Province> Provinces { get; }

    DbSet<Regency> Regencies { get; }

    DbSet<Sector> Sectors { get; }

    DbSet<Agency> Agencies { get; }

    DbSet<Hub> Hubs { get; }

    DbSet<HubPartner> HubPartners { get; }

    DbSet<ApiClient> ApiClients { get; }

    DbSet<Innovation> Innovations { get; }

    DbSet<Candidacy> Candidacies { get; }

    DbSet<CohortPolicy> CohortPolicies { get; }

    DbSet<HubActivity> HubActivities { get; }

    DbSet<ReplicationRequest> ReplicationRequests { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<IntegrationEvent> Events { get; }

    DbSet<WebhookSubscription> WebhookSubscriptions { get; }

    DbSet<WebhookDelivery> WebhookDeliveries { get; }
}
