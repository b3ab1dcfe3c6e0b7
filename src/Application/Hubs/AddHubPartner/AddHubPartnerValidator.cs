using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.AddHubPartner;

public sealed class AddHubPartnerValidator : AbstractValidator<AddHubPartner>
{
    public const int SupportStatementRefMaxLength = 200;

    private const string NotBoth = "Give either agencyId, or name and type, not both: a registered agency's name and type come from the registry.";

    public AddHubPartnerValidator(IJippDbContext db)
    {
        RuleFor(c => c.Input.AgencyId)
            .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct))
            .When(c => c.Input.AgencyId is not null)
            .WithMessage("agencyId '{PropertyValue}' is not a known agency; register it first, or give name and type instead.");

        RuleFor(c => c.Input.Name).Null().When(c => c.Input.AgencyId is not null).WithMessage(NotBoth);
        RuleFor(c => c.Input.Type).Null().When(c => c.Input.AgencyId is not null).WithMessage(NotBoth);
        RuleFor(c => c.Input.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.Input.AgencyId is null)
            .WithMessage("name is required without agencyId: give agencyId of a registered agency, or the partner's name and type.");
        RuleFor(c => c.Input.Type)
            .NotNull().When(c => c.Input.AgencyId is null)
            .WithMessage("type is required without agencyId: say what kind of body the partner is, such as university or other.");

        RuleFor(c => c.Input.Name)
            .MaximumLength(Agency.NameMaxLength)
            .WithMessage($"name must be at most {Agency.NameMaxLength} characters.");
        RuleFor(c => c.Input.Type).IsInEnum().WithMessage("type is not a known agency type.");
        RuleFor(c => c.Input.SupportStatementRef)
            .MaximumLength(SupportStatementRefMaxLength)
            .WithMessage($"supportStatementRef must be at most {SupportStatementRefMaxLength} characters.");
    }
}
