using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Agencies;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.AddHubPartner;

/// <summary>A partner to add: either a registered agency, or the name and type of an unregistered body.</summary>
/// <param name="AgencyId">A registered agency; its name and type are taken from the registry, so give neither with it.</param>
/// <param name="Name">The name of an unregistered partner (at most 200 characters); required without agencyId.</param>
/// <param name="Type">The kind of an unregistered partner, such as university or other; required without agencyId.</param>
/// <param name="SupportStatementRef">Reference of the partner's support statement (at most 200 characters).</param>
public sealed record HubPartnerInput(Guid? AgencyId = null, string? Name = null, AgencyType? Type = null, string? SupportStatementRef = null);

/// <summary>Adds a partner (mitra) to a hub: the ministry, or the hub itself.</summary>
public sealed record AddHubPartner(Guid HubId, HubPartnerInput Input) : ICommand<HubPartnerDto>, IConditionalCommand
{
    object IConditionalCommand.Target => HubId;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class AddHubPartnerHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<AddHubPartner, HubPartnerDto>
{
    public async ValueTask<HubPartnerDto> Handle(AddHubPartner command, CancellationToken cancellationToken)
    {
        var hub = await db.Hubs.Include(h => h.Partners).SingleOrDefaultAsync(h => h.Id == command.HubId, cancellationToken)
            ?? throw new NotFoundException(Refusals.Hub, command.HubId);
        if (client.Role != ApiClientRole.Ministry && !(client.Role == ApiClientRole.Hub && client.HubId == hub.Id))
        {
            throw new ForbiddenException(Refusals.OnlyMinistryOrHubManagesPartners);
        }

        var input = command.Input;
        var supportStatementRef = string.IsNullOrWhiteSpace(input.SupportStatementRef) ? null : input.SupportStatementRef.Trim();
        HubPartnerDraft draft;
        if (input.AgencyId is { } agencyId)
        {
            // A registered partner carries the registry's name and type, never the caller's.
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => new { a.Name, a.Type }).SingleAsync(cancellationToken);
            draft = new HubPartnerDraft(agencyId, agency.Name, agency.Type, supportStatementRef);
        }
        else
        {
            draft = new HubPartnerDraft(null, input.Name!, input.Type!.Value, supportStatementRef);
        }

        var partner = hub.AddPartner(draft, clock.GetUtcNow());
        return new HubPartnerDto(partner.Id, partner.AgencyId, partner.Name, partner.Type, partner.SupportStatementRef);
    }
}
