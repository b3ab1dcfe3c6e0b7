using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies.SubmitReadiness;

/// <param name="RegulationRef">Reference of the regulation (peraturan / keputusan) that evidences the leadership's commitment.</param>
/// <param name="BudgetAllocated">Whether a budget is allocated to fostering innovation.</param>
/// <param name="InnovationUnit">Whether a unit is in charge of innovation.</param>
public sealed record LeadershipCommitmentInput(string? RegulationRef = null, bool BudgetAllocated = false, bool InnovationUnit = false);

/// <param name="Name">The key person in the bureaucracy who follows the work.</param>
/// <param name="Position">Their position.</param>
public sealed record BureaucracyLiaisonInput(string? Name = null, string? Position = null);

/// <param name="AgencyId">A registered agency (its name and type are used); or give name and type.</param>
/// <param name="Name">The name of an unregistered partner.</param>
/// <param name="Type">The kind of an unregistered partner: university or other count as outside government.</param>
/// <param name="SupportStatementRef">Reference of its support statement.</param>
public sealed record PartnerInput(Guid? AgencyId = null, string? Name = null, AgencyType? Type = null, string? SupportStatementRef = null);

/// <summary>Readiness is evidence, not a gate: gaps are accepted here and show up as unmet criteria at assessment.</summary>
/// <param name="LeadershipCommitment">Evidence of the leadership's commitment.</param>
/// <param name="LeadingSectors">Up to 5 sector codes the hub will focus on (sektor unggulan).</param>
/// <param name="BureaucracyLiaison">The key person in the bureaucracy.</param>
/// <param name="Partners">Supporting institutions (mitra).</param>
public sealed record ReadinessInput(
    LeadershipCommitmentInput? LeadershipCommitment = null,
    IReadOnlyList<string>? LeadingSectors = null,
    BureaucracyLiaisonInput? BureaucracyLiaison = null,
    IReadOnlyList<PartnerInput>? Partners = null);

/// <summary>Submits the candidate's readiness evidence: the candidate agency.</summary>
public sealed record SubmitReadiness(Guid Id, ReadinessInput Input) : ICommand<CandidacyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class SubmitReadinessHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<SubmitReadiness, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(SubmitReadiness command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        client.RequireCandidate(candidacy);

        var input = command.Input;
        var partnerIds = (input.Partners ?? []).Where(p => p.AgencyId is not null).Select(p => p.AgencyId!.Value).ToList();
        var registered = await db.Agencies.AsNoTracking().Where(a => partnerIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var partners = (input.Partners ?? [])
            .Select(p => p.AgencyId is { } id
                ? new ReadinessPartner(id, registered[id].Name, registered[id].Type, Clean(p.SupportStatementRef))
                : new ReadinessPartner(null, p.Name!.Trim(), p.Type!.Value, Clean(p.SupportStatementRef)))
            .ToList();
        var leadership = input.LeadershipCommitment ?? new LeadershipCommitmentInput();
        var liaison = input.BureaucracyLiaison ?? new BureaucracyLiaisonInput();
        var now = clock.GetUtcNow();
        var readiness = new Readiness(
            new LeadershipCommitment(Clean(leadership.RegulationRef), leadership.BudgetAllocated, leadership.InnovationUnit),
            [.. (input.LeadingSectors ?? []).Distinct()],
            new BureaucracyLiaison(Clean(liaison.Name), Clean(liaison.Position)),
            partners,
            now);

        candidacy.SubmitReadiness(readiness, now);
        return candidacy.ToResponse();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
