using Jipp.Application.Common.Concurrency;

namespace Jipp.Application.Common.Interfaces;

/// <summary>
/// One unit of work per command, all or nothing. <see cref="RunAsync{TResponse}"/> runs the use case, holds the change
/// against the command's <c>If-Match</c>, turns the aggregates' domain events into outbox rows, writes an audit entry
/// per changed record, marks the request's idempotency key applied and saves once, atomically: in one batch of
/// statements, or in a transaction where the save is not the whole unit (for a request with an idempotency key,
/// committed together with the response kept for it; with a change in bulk). On a transient failure it runs the whole
/// again. Handlers change aggregates and never save.
/// </summary>
public interface IUnitOfWork
{
    /// <param name="action">The use case, for the audit trail (such as <c>SubmitInnovation</c>).</param>
    /// <param name="condition">The command's <c>If-Match</c> on the resource it changes, if it has one.</param>
    /// <param name="work">The use case.</param>
    /// <param name="cancellationToken">Cancels it all.</param>
    ValueTask<TResponse> RunAsync<TResponse>(string action, IConditionalCommand? condition, Func<CancellationToken, ValueTask<TResponse>> work, CancellationToken cancellationToken);

    /// <summary>
    /// A change in bulk (<c>ExecuteUpdate</c>) that must follow the saved aggregates in the same transaction,
    /// such as moving a province's innovations under its new hub; the aggregate raised its event already.
    /// </summary>
    void AfterSave(Func<CancellationToken, Task> bulkChange);

    /// <summary>
    /// When the save breaks the unique index <paramref name="uniqueIndex"/> (a concurrent request made the same
    /// change first), the command is refused with <paramref name="refusal"/> instead.
    /// </summary>
    void RefuseOnConflict(string uniqueIndex, Func<Exception> refusal);
}
