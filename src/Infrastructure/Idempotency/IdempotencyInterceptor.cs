using Jipp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Infrastructure.Idempotency;

/// <summary>The idempotency key of the current request, if it has one.</summary>
public sealed class IdempotencyScope
{
    public (Guid ClientId, string Key, Guid ClaimId)? Current { get; set; }
}

/// <summary>
/// Marks the request's idempotency key "applied" in the same transaction as the change it makes,
/// so that a retry never runs a change again once it committed, even if its response was lost.
/// </summary>
public sealed class IdempotencyInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Mark(DbContext? context)
    {
        if (context is not JippDbContext { RequestServices: { } services }
            || services.GetService<IdempotencyScope>()?.Current is not { } current
            || !context.ChangeTracker.HasChanges())
        {
            return;
        }

        if (context.ChangeTracker.Entries<IdempotencyKeyRecord>().Any(e => e.Entity.ClientId == current.ClientId && e.Entity.Key == current.Key))
        {
            return;
        }

        // The UPDATE matches the claim: if a retry took the key over, it changes no row and the whole change fails.
        var record = new IdempotencyKeyRecord { ClientId = current.ClientId, Key = current.Key, ClaimId = current.ClaimId, Fingerprint = [], State = IdempotencyStore.Applied };
        var entry = context.Attach(record);
        entry.State = EntityState.Unchanged;
        entry.Property(r => r.State).IsModified = true;
    }
}
