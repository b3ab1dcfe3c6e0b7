using FluentValidation;
using Jipp.Application.Cohorts;
using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies.DesignateHub;

/// <param name="DecreeNumber">The designating decree, such as "KepmenPANRB 123/2023".</param>
/// <param name="DesignatedOn">The decree's date; not in the future.</param>
public sealed record DesignationInput(string DecreeNumber, DateOnly DesignatedOn);

/// <summary>
/// Designates an assessed candidate a Hub JIPP: the ministry. The criteria are judged again under
/// the cohort policy as it stands; the hub is created with the readiness' leading sectors and partners.
/// </summary>
public sealed record DesignateHub(Guid Id, DesignationInput Input) : ICommand<CandidacyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class DesignateHubHandler(IJippDbContext db, IUnitOfWork unitOfWork, ICurrentClient client, TimeProvider clock) : ICommandHandler<DesignateHub, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(DesignateHub command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        var policy = await CohortPolicies.ForYearAsync(db, candidacy.CohortYear, cancellationToken);
        var hostsHub = await db.Hubs.AnyAsync(
            h => h.Status == HubStatus.Active && (h.AgencyId == candidacy.AgencyId || (candidacy.ProvinceCode != null && h.ProvinceCode == candidacy.ProvinceCode)),
            cancellationToken);
        if (hostsHub)
        {
            throw CandidacyRefusals.AlreadyHub();
        }

        var now = clock.GetUtcNow();
        var readiness = candidacy.Readiness;
        var partners = (readiness?.Partners ?? []).Select(p => new HubPartnerDraft(p.AgencyId, p.Name, p.Type, p.SupportStatementRef));
        var hub = Hub.Designate(candidacy.AgencyId, candidacy.ProvinceCode, command.Input.DesignatedOn, command.Input.DecreeNumber, readiness?.LeadingSectors ?? [], candidacy.Id, partners, now);
        candidacy.Designate(command.Input.DecreeNumber, command.Input.DesignatedOn, policy, hub.Id, now);
        db.Hubs.Add(hub);

        // The province's innovations come under its hub, which verifies them from now on (the hub raised
        // HubInnovationsAssigned): one UPDATE after the hub is saved, in the same transaction. Each row gets a new
        // version, so ETags read before no longer match.
        var province = candidacy.ProvinceCode;
        var agencyId = candidacy.AgencyId;
        unitOfWork.AfterSave(ct => (province is not null
                ? db.Innovations.Where(i => i.ProvinceCode == province)
                : db.Innovations.Where(i => i.AgencyId == agencyId))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.HubId, hub.Id).SetProperty(i => i.Version, i => i.Version + 1), ct));
        return candidacy.ToResponse();
    }
}
