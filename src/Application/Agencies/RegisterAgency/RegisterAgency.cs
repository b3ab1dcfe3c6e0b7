using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Querying;
using Jipp.Domain.Agencies;
using Jipp.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Agencies.RegisterAgency;

/// <summary>Registers a body other than a regional government (ministry, BUMN, university, …).</summary>
public sealed record RegisterAgency(string Name, AgencyType Type, string? ProvinceCode = null, string? RegencyCode = null) : ICommand<AgencyDto>;

public sealed class RegisterAgencyHandler(IJippDbContext db, TimeProvider clock) : ICommandHandler<RegisterAgency, AgencyDto>
{
    public async ValueTask<AgencyDto> Handle(RegisterAgency command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        var samePattern = LikePattern.Escape(name);
        if (await db.Agencies.AnyAsync(a => EF.Functions.ILike(a.Name, samePattern, LikePattern.EscapeCharacter), cancellationToken))
        {
            throw DuplicateName(name);
        }

        // A regency code alone is enough: its province is its first two digits.
        var provinceCode = command.ProvinceCode ?? command.RegencyCode?[..2];
        var agency = Agency.Register(name, command.Type, provinceCode, command.RegencyCode, clock.GetUtcNow());
        db.Agencies.Add(agency);
        return agency.ToDto();
    }

    public static DomainException DuplicateName(string name) => Refusal.AgencyDuplicateName.ToException(name);
}
