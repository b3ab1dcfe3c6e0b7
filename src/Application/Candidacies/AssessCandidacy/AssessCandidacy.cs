using Jipp.Application.Cohorts;
using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Candidacies;
using Mediator;

namespace Jipp.Application.Candidacies.AssessCandidacy;

/// <param name="Commitment">Score 0–100 for the commitment criterion.</param>
/// <param name="InnovationPotential">Score 0–100 for the innovation potential criterion.</param>
/// <param name="StakeholderSupport">Score 0–100 for the stakeholder support criterion.</param>
public sealed record ScoresInput(int Commitment, int InnovationPotential, int StakeholderSupport);

/// <param name="Scores">The ministry's scores per criterion.</param>
/// <param name="Notes">The assessors' notes.</param>
public sealed record AssessmentInput(ScoresInput Scores, string? Notes = null);

/// <summary>Assesses the readiness against the three criteria with a refreshed track record: the ministry.</summary>
public sealed record AssessCandidacy(Guid Id, AssessmentInput Input) : ICommand<CandidacyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class AssessCandidacyHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<AssessCandidacy, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(AssessCandidacy command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var trackRecord = await TrackRecords.ComputeAsync(db, candidacy.AgencyId, candidacy.ProvinceCode, now, cancellationToken);
        var policy = await CohortPolicies.ForYearAsync(db, candidacy.CohortYear, cancellationToken);
        var scores = command.Input.Scores;
        candidacy.Assess(new Scores(scores.Commitment, scores.InnovationPotential, scores.StakeholderSupport), command.Input.Notes, trackRecord, policy, now);
        return candidacy.ToResponse();
    }
}
