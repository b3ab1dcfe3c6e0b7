using System.Diagnostics;
using System.Text.Json;
using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Records;
using Jipp.Application.Events.Catalogue;
using Jipp.Domain.Common;
using Jipp.Infrastructure.Idempotency;
using Jipp.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Jipp.Infrastructure.Persistence;

/// <summary>
/// The unit of work of a command (see <see cref="IUnitOfWork"/>): one transaction, one save, with the audit
/// entries, the outbox rows of the aggregates' domain events and the idempotency key's mark in it.
/// </summary>
public sealed class UnitOfWork(JippDbContext db, ICurrentClient client, IdempotencyScope idempotency, TimeProvider clock, IConfiguration configuration, JippMetrics metrics, IReadRouting routing) : IUnitOfWork
{
    public const string RequireIfMatchSetting = "Jipp:RequireIfMatch";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly List<Func<CancellationToken, Task>> _afterSave = [];

    private readonly Dictionary<string, Func<Exception>> _conflicts = new(StringComparer.Ordinal);

    /// <summary>The domain events of the attempt and the outbox rows written for them, counted once it commits.</summary>
    private (IReadOnlyList<IDomainEvent> Raised, int Written) _recorded = ([], 0);

    public void AfterSave(Func<CancellationToken, Task> bulkChange) => _afterSave.Add(bulkChange);

    public void RefuseOnConflict(string uniqueIndex, Func<Exception> refusal) => _conflicts[uniqueIndex] = refusal;

    public ValueTask<TResponse> RunAsync<TResponse>(string action, IConditionalCommand? condition, Func<CancellationToken, ValueTask<TResponse>> work, CancellationToken cancellationToken) =>
        RunAsync(action, condition, work, writesBeforeSave: false, cancellationToken);

    /// <summary>
    /// <see cref="RunAsync{TResponse}(string, IConditionalCommand?, Func{CancellationToken, ValueTask{TResponse}}, CancellationToken)"/>
    /// for work that writes with SQL of its own before the save (the webhook dispatcher's record of a delivery): the
    /// transaction begins before the work, so that those writes commit or roll back with the save, and a retry after a
    /// transient failure finds them undone.
    /// </summary>
    public ValueTask<TResponse> RunWithDirectWritesAsync<TResponse>(string action, Func<CancellationToken, ValueTask<TResponse>> work, CancellationToken cancellationToken) =>
        RunAsync(action, null, work, writesBeforeSave: true, cancellationToken);

    private async ValueTask<TResponse> RunAsync<TResponse>(string action, IConditionalCommand? condition, Func<CancellationToken, ValueTask<TResponse>> work, bool writesBeforeSave, CancellationToken cancellationToken)
    {
        if (routing.FromStandby)
        {
            // The handler's context would be a standby's, and nothing it changed would be saved here.
            throw new InvalidOperationException($"{action} is a command, but its scope reads from a standby; only reads may be routed there.");
        }

        var attempt = 0;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            work,
            async (operation, ct) =>
            {
                if (attempt++ > 0)
                {
                    // A transient failure: run the use case again from a clean slate.
                    db.ChangeTracker.Clear();
                    _afterSave.Clear();
                    _conflicts.Clear();
                }

                // The whole unit commits or rolls back, so EF Core's savepoint around SaveChanges (two more round trips) buys nothing.
                db.Database.AutoSavepointsEnabled = false;
                _recorded = ([], 0);

                // The handler reads on one connection, each statement in its own snapshot (READ COMMITTED, as inside a
                // transaction: handlers take no locks, and every change they decide on is checked again by the save,
                // through the aggregates' versions and the unique indexes). The transaction begins at the save, and only
                // where one save is not the whole unit; otherwise the save's one batch of statements is atomic by itself,
                // which spares a round trip and two statements per command.
                IDbContextTransaction? transaction = null;
                await db.Database.OpenConnectionAsync(ct);
                try
                {
                    if (writesBeforeSave)
                    {
                        transaction = await db.Database.BeginTransactionAsync(ct);
                    }

                    var response = await operation(ct);

                    // What the handler changed is detected once: the steps below change entries only through EF Core's
                    // API (or add new ones), so each of their Entries(), HasChanges() and the save would otherwise
                    // compare every property of every tracked entity again (five times a command).
                    db.ChangeTracker.DetectChanges();
                    db.ChangeTracker.AutoDetectChangesEnabled = false;
                    var keyMarked = false;
                    try
                    {
                        Hold(condition);
                        if (db.ChangeTracker.HasChanges())
                        {
                            Record(action);
                            keyMarked = MarkIdempotencyKeyApplied();
                        }

                        if (transaction is null && (keyMarked || _afterSave.Count > 0))
                        {
                            // The change commits with the response kept for its idempotency key, or with a change in bulk.
                            transaction = await db.Database.BeginTransactionAsync(ct);
                        }

                        // A save that only adds a few rows goes out as one batch of INSERTs ending in one Sync, which
                        // PostgreSQL runs as one implicit transaction: all or none. EF Core would wrap it in a transaction
                        // of its own, whose COMMIT is one more round trip (a third of a registration's). Not for updates or
                        // deletes: their version checks are read after the batch has run, when it has committed.
                        var insertsOnly = transaction is null && InsertsOnlyInOneBatch();
                        db.Database.AutoTransactionBehavior = insertsOnly ? AutoTransactionBehavior.Never : AutoTransactionBehavior.WhenNeeded;
                        await db.SaveChangesAsync(ct);
                    }
                    catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } index } && _conflicts.TryGetValue(index, out var refusal))
                    {
                        throw refusal();
                    }
                    finally
                    {
                        db.ChangeTracker.AutoDetectChangesEnabled = true;
                        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
                    }

                    foreach (var bulkChange in _afterSave)
                    {
                        await bulkChange(ct);
                    }

                    _afterSave.Clear();
                    _conflicts.Clear();
                    if (keyMarked)
                    {
                        // The request has an idempotency key: the change commits with the response kept for it.
                        idempotency.Pending = new PendingCommit((NpgsqlConnection)db.Database.GetDbConnection(), transaction!, idempotency, Committed);
                        transaction = null;
                        return response;
                    }

                    if (transaction is not null)
                    {
                        await transaction.CommitAsync(ct);
                    }

                    Committed();
                    return response;
                }
                finally
                {
                    if (transaction is not null)
                    {
                        await transaction.DisposeAsync();
                    }

                    await db.Database.CloseConnectionAsync();
                }
            },
            cancellationToken);
    }

    /// <summary>How many added rows a save may hold and still go out as one batch (a tenth of <see cref="DependencyInjection.MaxBatchSize"/>).</summary>
    internal const int MaxInsertsInOneBatch = DependencyInjection.MaxBatchSize / 10;

    /// <summary>Whether every change of the save is a new row, and few enough for one batch.</summary>
    private bool InsertsOnlyInOneBatch()
    {
        var added = 0;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added when ++added <= MaxInsertsInOneBatch:
                case EntityState.Unchanged or EntityState.Detached:
                    continue;
                default:
                    return false;
            }
        }

        return added > 0;
    }

    /// <summary>Counts what committed and forgets the aggregates' events.</summary>
    private void Committed()
    {
        metrics.Committed(_recorded.Raised, _recorded.Written);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var aggregate in db.ChangeTracker.Entries<AggregateRoot>())
            {
                aggregate.Entity.ClearDomainEvents();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    /// <summary>
    /// Holds the change of the command's resource against its <c>If-Match</c>, comparing with the version it was
    /// loaded at; a versioned aggregate changed without an event still gets a new version, so its ETag changes.
    /// </summary>
    private void Hold(IConditionalCommand? condition)
    {
        var target = condition?.Target.ToString();
        foreach (var entry in db.ChangeTracker.Entries<VersionedAggregateRoot>().Where(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            var version = entry.Property(a => a.Version);
            if (target is not null && string.Equals(KeyOf(entry), target, StringComparison.OrdinalIgnoreCase))
            {
                if (condition!.IfMatch is not { } ifMatch)
                {
                    if (configuration.GetValue(RequireIfMatchSetting, false))
                    {
                        throw new PreconditionRequiredException();
                    }
                }
                else if (!EntityTags.Matches(ifMatch, version.OriginalValue))
                {
                    throw new PreconditionFailedException();
                }
            }

            if (entry.State == EntityState.Modified && version.CurrentValue == version.OriginalValue)
            {
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    /// <summary>One audit entry per changed record, and the integration events of the raised domain events, in the order raised.</summary>
    private void Record(string action)
    {
        var now = clock.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry and not IntegrationEvent and not IdempotencyKeyRecord)
            .ToList();
        foreach (var entry in changed)
        {
            db.Add(new AuditEntry
            {
                Id = IdGenerator.NewId(),
                ClientId = client.ClientId,
                Action = action,
                SubjectType = JsonNamingPolicy.CamelCase.ConvertName(entry.Metadata.ClrType.Name),
                SubjectId = KeyOf(entry),
                Change = entry.State.ToString().ToLowerInvariant(),
                OccurredAt = now,
                TraceId = traceId,
            });
        }

        var raised = db.ChangeTracker.Entries<AggregateRoot>()
            .SelectMany(e => e.Entity.DomainEvents)
            .OrderBy(e => e.Order)
            .ToList();

        // EF Core inserts the rows of one table in key order: ids that grow with each event keep their order.
        var order = 0;
        foreach (var (_, domainEvent) in raised)
        {
            foreach (var outgoing in IntegrationEventCatalogue.From(domainEvent))
            {
                db.Add(new IntegrationEvent
                {
                    Id = Guid.CreateVersion7(now.AddMilliseconds(order++)),
                    Type = outgoing.Type.Name,
                    Version = (short)outgoing.Type.Version,
                    OccurredAt = outgoing.OccurredAt,
                    SubjectType = outgoing.Type.SubjectType,
                    SubjectId = outgoing.SubjectId,
                    Data = JsonSerializer.Serialize(outgoing.Data, outgoing.Type.DataType, Json),
                });
            }
        }

        _recorded = (raised.ConvertAll(e => e.Event), order);
    }

    /// <summary>
    /// Marks the request's idempotency key "applied" in the same transaction as its change, so that a retry never
    /// runs a change again once it committed. The UPDATE matches the claim: if a retry took the key over, it
    /// changes no row and the whole change fails.
    /// </summary>
    private bool MarkIdempotencyKeyApplied()
    {
        if (idempotency.Current is not { } current)
        {
            return false;
        }

        if (idempotency.Pending is not null)
        {
            throw new InvalidOperationException("A request with an idempotency key runs at most one command that changes data.");
        }

        var record = new IdempotencyKeyRecord { ClientId = current.ClientId, Key = current.Key, ClaimId = current.ClaimId, Fingerprint = [], State = IdempotencyStore.Applied };
        var entry = db.Attach(record);
        entry.State = EntityState.Unchanged;
        entry.Property(r => r.State).IsModified = true;
        return true;
    }

    /// <summary>The saved change of a request with an idempotency key, committed by the middleware with the response.</summary>
    private sealed class PendingCommit(NpgsqlConnection connection, IDbContextTransaction transaction, IdempotencyScope scope, Action committed) : IPendingCommit
    {
        private bool _disposed;

        public async Task CommitAsync(StoredResponse response, CancellationToken cancellationToken)
        {
            var (clientId, key, claimId) = scope.Current!.Value;
            await IdempotencyStore.CompleteAsync(connection, (NpgsqlTransaction)transaction.GetDbTransaction(), clientId, key, claimId, response, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            committed();
        }

        /// <summary>Ends the transaction; one that was not committed rolls back.</summary>
        public async ValueTask DisposeAsync()
        {
            if (!_disposed)
            {
                _disposed = true;
                scope.Pending = null;
                await transaction.DisposeAsync();
            }
        }
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
}
