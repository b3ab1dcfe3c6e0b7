using FluentValidation;
using Jipp.Application.Cohorts;
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
public sealed record DesignateHub(Guid Id, DesignationInput Input) : ICommand<CandidacyDto>;

public sealed class DesignateHubHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<DesignateHub, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(DesignateHub command, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(
            async ct =>
            {
                var candidacy = await db.LoadCandidacyAsync(client, command.Id, ct);
                var policy = await CohortPolicies.ForYearAsync(db, candidacy.CohortYear, ct);
                var hostsHub = await db.Hubs.AnyAsync(
                    h => h.Status == HubStatus.Active && (h.AgencyId == candidacy.AgencyId || (candidacy.ProvinceCode != null && h.ProvinceCode == candidacy.ProvinceCode)),
                    ct);
                if (hostsHub)
                {
                    throw CandidacyRefusals.AlreadyHub();
                }

                var readiness = candidacy.Readiness;
                var partners = (readiness?.Partners ?? []).Select(p => new HubPartnerDraft(p.AgencyId, p.Name, p.Type, p.SupportStatementRef));
                var hub = Hub.Designate(candidacy.AgencyId, candidacy.ProvinceCode, command.Input.DesignatedOn, command.Input.DecreeNumber, readiness?.LeadingSectors ?? [], candidacy.Id, partners);
                candidacy.Designate(command.Input.DecreeNumber, command.Input.DesignatedOn, policy, hub.Id, clock.GetUtcNow());
                db.Hubs.Add(hub);
                await db.SaveChangesAsync(ct);

                // The province's innovations are now under its hub, which verifies them from now on.
                if (candidacy.ProvinceCode is { } province)
                {
                    await db.Innovations.Where(i => i.ProvinceCode == province).ExecuteUpdateAsync(s => s.SetProperty(i => i.HubId, hub.Id), ct);
                }
                else
                {
                    await db.Innovations.Where(i => i.AgencyId == candidacy.AgencyId).ExecuteUpdateAsync(s => s.SetProperty(i => i.HubId, hub.Id), ct);
                }

                return candidacy.ToResponse();
            },
            cancellationToken);
}
