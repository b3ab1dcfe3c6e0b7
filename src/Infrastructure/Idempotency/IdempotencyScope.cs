namespace Jipp.Infrastructure.Idempotency;

/// <summary>
/// The idempotency key of the current request, if it has one. The unit of work marks the key applied with the
/// change and, instead of committing, leaves the transaction to <see cref="Pending"/>: the middleware commits it
/// together with the response it keeps, so that a change never commits without the answer a retry will replay.
/// </summary>
public sealed class IdempotencyScope
{
    public (Guid ClientId, string Key, Guid ClaimId)? Current { get; set; }

    /// <summary>The request's change, saved and not yet committed; null when the request changed nothing.</summary>
    public IPendingCommit? Pending { get; set; }
}

/// <summary>A saved change whose transaction commits with the response kept for its idempotency key.</summary>
public interface IPendingCommit : IAsyncDisposable
{
    /// <summary>Keeps <paramref name="response"/> for the key in the change's transaction, then commits both.</summary>
    Task CommitAsync(StoredResponse response, CancellationToken cancellationToken);
}
