namespace Jipp.Infrastructure.Idempotency;

/// <summary>The idempotency key of the current request, if it has one; the unit of work marks it applied with the change.</summary>
public sealed class IdempotencyScope
{
    public (Guid ClientId, string Key, Guid ClaimId)? Current { get; set; }
}
