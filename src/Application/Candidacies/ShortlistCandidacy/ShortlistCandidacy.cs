using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies.ShortlistCandidacy;

/// <param name="AgencyId">The candidate: a provincial government or a central body (ministry or agency).</param>
/// <param name="CohortYear">The cohort year of the onboarding round.</param>
/// <param name="Notes">Why it was shortlisted (at most 2000 characters).</param>
public sealed record ShortlistCandidacy(Guid AgencyId, int CohortYear, string? Notes = null) : ICommand<CandidacyDto>;

public sealed class ShortlistCandidacyHandler(IJippDbContext db, IUnitOfWork unitOfWork, TimeProvider clock) : ICommandHandler<ShortlistCandidacy, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(ShortlistCandidacy command, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == command.AgencyId, cancellationToken);
        if (agency.Type is not (AgencyType.ProvincialGovernment or AgencyType.Ministry or AgencyType.Agency))
        {
            throw CandidacyRefusals.NotEligible();
        }

        var hostsHub = await db.Hubs.AnyAsync(
            h => h.Status == HubStatus.Active && (h.AgencyId == agency.Id || (agency.ProvinceCode != null && agency.Type == AgencyType.ProvincialGovernment && h.ProvinceCode == agency.ProvinceCode)),
            cancellationToken);
        if (hostsHub)
        {
            throw CandidacyRefusals.AlreadyHub();
        }

        if (await db.Candidacies.AnyAsync(c => c.AgencyId == agency.Id && Candidacy.Open.Contains(c.State), cancellationToken))
        {
            throw CandidacyRefusals.AlreadyOpen();
        }

        var now = clock.GetUtcNow();
        var provinceCode = agency.Type == AgencyType.ProvincialGovernment ? agency.ProvinceCode : null;
        var trackRecord = await TrackRecords.ComputeAsync(db, agency.Id, provinceCode, now, cancellationToken);
        var candidacy = Candidacy.Shortlist(agency.Id, provinceCode, command.CohortYear, command.Notes, trackRecord, now);
        db.Candidacies.Add(candidacy);
        // Another request shortlisted the same agency at the same moment.
        unitOfWork.RefuseOnConflict("ux_candidacies_open_agency", CandidacyRefusals.AlreadyOpen);

        return candidacy.ToResponse();
    }
}
