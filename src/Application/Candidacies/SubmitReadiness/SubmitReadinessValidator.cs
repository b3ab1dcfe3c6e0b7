using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies.SubmitReadiness;

/// <summary>Only malformed values are refused here; missing evidence is judged at assessment.</summary>
public sealed class SubmitReadinessValidator : AbstractValidator<SubmitReadiness>
{
    public const int MaxLeadingSectors = 5;
    public const int MaxPartners = 30;

    public SubmitReadinessValidator(IJippDbContext db, IReferenceCodes codes)
    {
        RuleFor(c => c.Input.LeadershipCommitment!.RegulationRef).MaximumLength(Candidacy.ReferenceMaxLength).When(c => c.Input.LeadershipCommitment is not null)
            .OverridePropertyName("leadershipCommitment.regulationRef");
        RuleFor(c => c.Input.BureaucracyLiaison!.Name).MaximumLength(200).When(c => c.Input.BureaucracyLiaison is not null)
            .OverridePropertyName("bureaucracyLiaison.name");
        RuleFor(c => c.Input.BureaucracyLiaison!.Position).MaximumLength(200).When(c => c.Input.BureaucracyLiaison is not null)
            .OverridePropertyName("bureaucracyLiaison.position");

        RuleFor(c => c.Input.LeadingSectors)
            .MaxItems(MaxLeadingSectors).WithMessage(Messages.LeadingSectorsMax, MaxLeadingSectors)
            .Must(s => s is null || s.Distinct().Count() == s.Count).WithMessage(Messages.LeadingSectorTwice);
        RuleForEach(c => c.Input.LeadingSectors)
            .MaximumLength(50)
            .MustAsync(async (code, ct) => await codes.IsSectorAsync(code, ct))
            .WithMessage(Messages.UnknownSectorCode);

        RuleFor(c => c.Input.Partners)
            .MaxItems(MaxPartners).WithMessage(Messages.PartnersMax, MaxPartners)
            .Must(p => p is null || p.Where(x => x.AgencyId is not null).Select(x => x.AgencyId).Distinct().Count() == p.Count(x => x.AgencyId is not null))
            .WithMessage(Messages.PartnersAgencyTwice)
            .Must(p => p is null || p.Where(x => x.AgencyId is null && x.Name is not null).Select(x => x.Name!.Trim().ToUpperInvariant()).Distinct().Count() == p.Count(x => x.AgencyId is null && x.Name is not null))
            .WithMessage(Messages.PartnersPartnerTwice);
        RuleForEach(c => c.Input.Partners).ChildRules(partner =>
        {
            partner.RuleFor(p => p.Name).Null().When(p => p.AgencyId is not null).WithMessage(Messages.ReadinessPartnerNotBoth);
            partner.RuleFor(p => p.Type).Null().When(p => p.AgencyId is not null).WithMessage(Messages.ReadinessPartnerNotBoth);
            partner.RuleFor(p => p.Name).NotEmpty().When(p => p.AgencyId is null).WithMessage(Messages.ReadinessPartnerNeedsIdentity);
            partner.RuleFor(p => p.Name).MaximumLength(Agency.NameMaxLength);
            partner.RuleFor(p => p.Type).NotNull().When(p => p.AgencyId is null).WithMessage(Messages.ReadinessPartnerNeedsType);
            partner.RuleFor(p => p.Type).IsInEnum();
            partner.RuleFor(p => p.SupportStatementRef).MaximumLength(Candidacy.ReferenceMaxLength);
            partner.RuleFor(p => p.AgencyId)
                .MustAsync(async (id, ct) => id is null || await db.Agencies.AnyAsync(a => a.Id == id, ct))
                .WithMessage(Messages.UnknownAgency);
        });
    }
}
