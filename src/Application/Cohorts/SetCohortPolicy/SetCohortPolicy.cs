using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Candidacies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Cohorts.SetCohortPolicy;

/// <param name="MinScore">Minimum assessment score (0–100) for each criterion.</param>
/// <param name="MinPublishedInnovations">Minimum published innovations (0–100000).</param>
/// <param name="MinRegencyCoverage">Minimum regency coverage, 0–1.</param>
/// <param name="MinPartners">Minimum partners outside government with a support statement (0–100).</param>
public sealed record CohortPolicyInput(int MinScore, int MinPublishedInnovations, decimal MinRegencyCoverage, int MinPartners);

/// <summary>Sets the thresholds of a cohort year: the ministry. Designation judges with the policy as it stands then.</summary>
public sealed record SetCohortPolicy(int Year, CohortPolicyInput Input) : ICommand<CohortPolicyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Year;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class SetCohortPolicyHandler(IJippDbContext db, TimeProvider clock) : ICommandHandler<SetCohortPolicy, CohortPolicyDto>
{
    public async ValueTask<CohortPolicyDto> Handle(SetCohortPolicy command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var now = clock.GetUtcNow();
        var policy = await db.CohortPolicies.SingleOrDefaultAsync(p => p.Year == command.Year, cancellationToken);
        if (policy is null)
        {
            policy = CohortPolicy.Create(command.Year, input.MinScore, input.MinPublishedInnovations, input.MinRegencyCoverage, input.MinPartners, now);
            db.CohortPolicies.Add(policy);
        }
        else
        {
            policy.Change(input.MinScore, input.MinPublishedInnovations, input.MinRegencyCoverage, input.MinPartners, now);
        }

        return policy.ToDto();
    }
}
