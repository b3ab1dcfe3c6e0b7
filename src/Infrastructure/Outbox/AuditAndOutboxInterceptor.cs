using System.Diagnostics;
using System.Text.Json;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Records;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Common;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using Jipp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Infrastructure.Outbox;

/// <summary>
/// Writes, in the same transaction as every change a use case saves, one audit entry per changed
/// record and the integration events of its state changes (transactional outbox). Event data holds
/// ids, codes and states only: no personal data.
/// </summary>
public sealed class AuditAndOutboxInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Record(DbContext? context)
    {
        if (context is not JippDbContext { RequestServices: { } services }
            || services.GetRequiredService<IOperationContext>().Action is not { } action)
        {
            return;
        }

        var client = services.GetRequiredService<ICurrentClient>();

        var now = clock.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry and not IntegrationEvent and not Idempotency.IdempotencyKeyRecord)
            .ToList();

        // EF Core inserts rows of one table in key order: ids that grow with each event keep their order.
        var order = 0;
        foreach (var entry in changed)
        {
            context.Add(new AuditEntry
            {
                Id = IdGenerator.NewId(),
                ClientId = client.ClientId,
                Action = action,
                SubjectType = SubjectType(entry),
                SubjectId = KeyOf(entry),
                Change = entry.State.ToString().ToLowerInvariant(),
                OccurredAt = now,
                TraceId = traceId,
            });

            foreach (var (type, data) in EventsOf(entry))
            {
                context.Add(new IntegrationEvent
                {
                    Id = Guid.CreateVersion7(now.AddMilliseconds(order++)),
                    Type = type,
                    OccurredAt = now,
                    SubjectType = SubjectType(entry),
                    SubjectId = KeyOf(entry),
                    Data = JsonSerializer.Serialize(data, Json),
                });
            }
        }
    }

    /// <summary>The integration events of one changed record, from its state before and after.</summary>
    private static IEnumerable<(string Type, object Data)> EventsOf(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Innovation innovation when StateChanged(entry, out var from):
                yield return ("innovation.stateChanged", new { innovationId = innovation.Id, innovation.AgencyId, innovation.ProvinceCode, innovation.HubId, from, to = Name(innovation.State) });
                if (innovation.State == InnovationState.Published)
                {
                    yield return ("innovation.published", new { innovationId = innovation.Id, innovation.AgencyId, innovation.ProvinceCode, innovation.HubId, innovation.Sector, innovation.PublishedAt });
                }

                break;
            case Candidacy candidacy when StateChanged(entry, out var from):
                yield return ("candidacy.stateChanged", new { candidacyId = candidacy.Id, candidacy.AgencyId, candidacy.ProvinceCode, candidacy.CohortYear, from, to = Name(candidacy.State) });
                break;
            case ReplicationRequest request when StateChanged(entry, out var from):
                yield return ("replication.stateChanged", new { requestId = request.Id, request.InnovationId, request.RequesterAgencyId, request.OwnerAgencyId, request.FacilitatingHubId, from, to = Name(request.State) });
                break;
            case Hub hub when entry.State == EntityState.Added:
                yield return ("hub.designated", new { hubId = hub.Id, hub.AgencyId, hub.ProvinceCode, hub.DesignatedOn, hub.DecreeNumber, hub.CandidacyId });
                break;
        }
    }

    /// <summary>True when the record is new or its State changed; <paramref name="from"/> is the previous state, if any.</summary>
    private static bool StateChanged(EntityEntry entry, out string? from)
    {
        from = null;
        var state = entry.Property("State");
        if (entry.State == EntityState.Added)
        {
            return true;
        }

        if (entry.State != EntityState.Modified || Equals(state.OriginalValue, state.CurrentValue))
        {
            return false;
        }

        from = state.OriginalValue is Enum previous ? Name(previous) : null;
        return true;
    }

    private static string Name(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string SubjectType(EntityEntry entry) => JsonNamingPolicy.CamelCase.ConvertName(entry.Metadata.ClrType.Name);

    private static string KeyOf(EntityEntry entry) =>
        string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
}
