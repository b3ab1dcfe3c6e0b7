using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Cohorts.ResetCohortPolicy;

/// <summary>Puts a cohort year back on the default thresholds: the ministry. Resetting a year that has none set changes nothing.</summary>
public sealed record ResetCohortPolicy(int Year) : ICommand, IConditionalCommand
{
    object IConditionalCommand.Target => Year;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class ResetCohortPolicyHandler(IJippDbContext db, TimeProvider clock) : ICommandHandler<ResetCohortPolicy>
{
    public async ValueTask<Unit> Handle(ResetCohortPolicy command, CancellationToken cancellationToken)
    {
        var policy = await db.CohortPolicies.SingleOrDefaultAsync(p => p.Year == command.Year, cancellationToken);
        if (policy is not null)
        {
            // The defaults are the absence of a row (see CohortPolicies.ForYearAsync); removing it is audited as `deleted`.
            policy.Reset(clock.GetUtcNow());
            db.CohortPolicies.Remove(policy);
        }

        return Unit.Value;
    }
}
