using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Cohorts.GetCohortPolicy;

public sealed record GetCohortPolicy(int Year) : IQuery<CohortPolicyDto>;

public sealed class GetCohortPolicyHandler(IJippDbContext db) : IQueryHandler<GetCohortPolicy, CohortPolicyDto>
{
    public async ValueTask<CohortPolicyDto> Handle(GetCohortPolicy query, CancellationToken cancellationToken) =>
        (await CohortPolicies.ForYearAsync(db, query.Year, cancellationToken)).ToDto();
}
