using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.AddHubPartner;

public sealed class AddHubPartnerValidator : AbstractValidator<AddHubPartner>
{
    public const int SupportStatementRefMaxLength = 200;

    public AddHubPartnerValidator(IJippDbContext db)
    {
        RuleFor(c => c.Input.AgencyId)
            .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct))
            .When(c => c.Input.AgencyId is not null)
            .WithMessage(Messages.UnknownPartnerAgency);

        RuleFor(c => c.Input.Name).Null().When(c => c.Input.AgencyId is not null).WithMessage(Messages.PartnerNotBoth);
        RuleFor(c => c.Input.Type).Null().When(c => c.Input.AgencyId is not null).WithMessage(Messages.PartnerNotBoth);
        RuleFor(c => c.Input.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.Input.AgencyId is null)
            .WithMessage(Messages.PartnerNameRequired);
        RuleFor(c => c.Input.Type)
            .NotNull().When(c => c.Input.AgencyId is null)
            .WithMessage(Messages.PartnerTypeRequired);

        RuleFor(c => c.Input.Name)
            .MaximumLength(Agency.NameMaxLength)
            .WithMessage(Messages.FieldMaxLength, "name", Agency.NameMaxLength);
        RuleFor(c => c.Input.Type).IsInEnum().WithMessage(Messages.UnknownAgencyType);
        RuleFor(c => c.Input.SupportStatementRef)
            .MaximumLength(SupportStatementRefMaxLength)
            .WithMessage(Messages.FieldMaxLength, "supportStatementRef", SupportStatementRefMaxLength);
    }
}
