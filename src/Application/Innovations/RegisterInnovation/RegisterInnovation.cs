using FluentValidation;
using FluentValidation.Results;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Agencies;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Innovations.RegisterInnovation;

/// <summary>Registers an innovation in draft. Its province and hub come from the owner agency, never from the caller.</summary>
public sealed record RegisterInnovation(InnovationInput Input) : ICommand<InnovationDto>;

public sealed class RegisterInnovationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<RegisterInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(RegisterInnovation command, CancellationToken cancellationToken)
    {
        var agencyId = command.Input.AgencyId ?? client.AgencyId
            ?? throw OwnerFailure(Messages.OwnerRequired.Text);
        var owner = await OwnerOf((DbContext)db, agencyId, cancellationToken)
            ?? throw OwnerFailure(Messages.UnknownAgency.Text.Replace("{PropertyValue}", agencyId.ToString(), StringComparison.Ordinal), agencyId);

        if (client.Role == ApiClientRole.Agency && agencyId != client.AgencyId)
        {
            throw new ForbiddenException(Refusals.RegisterOnlyForOwnAgency);
        }

        var innovation = Innovation.Register(agencyId, owner.ProvinceCode, owner.RegencyCode, owner.HubId, command.Input.ToContent(), clock.GetUtcNow());
        db.Innovations.Add(innovation);
        return innovation.ToResponse();
    }

    /// <summary>
    /// The owner agency's province and regency, and the active hub of its province: compiled once, since every
    /// registration asks it (a LINQ query is looked up in EF Core's query cache on each call).
    /// </summary>
    private static readonly Func<DbContext, Guid, CancellationToken, Task<Owner?>> OwnerOf = EF.CompileAsyncQuery(
        (DbContext db, Guid agencyId, CancellationToken _) => db.Set<Agency>().AsNoTracking()
            .Where(a => a.Id == agencyId)
            .Select(a => new Owner(
                a.ProvinceCode,
                a.RegencyCode,
                db.Set<Hub>().Where(h => h.ProvinceCode != null && h.ProvinceCode == a.ProvinceCode && h.Status == HubStatus.Active).Select(h => (Guid?)h.Id).FirstOrDefault()))
            .SingleOrDefault());

    private sealed record Owner(string? ProvinceCode, string? RegencyCode, Guid? HubId);

    /// <summary>A 400 on the body's <c>agencyId</c>, as a validator would have reported it.</summary>
    private static ValidationException OwnerFailure(string message, Guid? attempted = null) =>
        new([new ValidationFailure($"{nameof(RegisterInnovation.Input)}.{nameof(InnovationInput.AgencyId)}", message, attempted)]);
}
