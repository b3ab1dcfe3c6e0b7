using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies.SubmitReadiness;

/// <summary>Only malformed values are refused here; missing evidence is judged at assessment.</summary>
public sealed class SubmitReadinessValidator : AbstractValidator<SubmitReadiness>
{
    public const int MaxLeadingSectors = 5;
    public const int MaxPartners = 30;

    public SubmitReadinessValidator(IJippDbContext db)
    {
        RuleFor(c => c.Input.LeadershipCommitment!.RegulationRef).MaximumLength(Candidacy.ReferenceMaxLength).When(c => c.Input.LeadershipCommitment is not null)
            .OverridePropertyName("leadershipCommitment.regulationRef");
        RuleFor(c => c.Input.BureaucracyLiaison!.Name).MaximumLength(200).When(c => c.Input.BureaucracyLiaison is not null)
            .OverridePropertyName("bureaucracyLiaison.name");
        RuleFor(c => c.Input.BureaucracyLiaison!.Position).MaximumLength(200).When(c => c.Input.BureaucracyLiaison is not null)
            .OverridePropertyName("bureaucracyLiaison.position");

        RuleFor(c => c.Input.LeadingSectors)
            .Must(s => s is null || s.Count <= MaxLeadingSectors).WithMessage($"leadingSectors holds at most {MaxLeadingSectors} sector codes.")
            .Must(s => s is null || s.Distinct().Count() == s.Count).WithMessage("leadingSectors names a sector twice.");
        RuleForEach(c => c.Input.LeadingSectors)
            .MaximumLength(50)
            .MustAsync(async (code, ct) => await db.Sectors.AnyAsync(s => s.Code == code, ct))
            .WithMessage("'{PropertyValue}' is not a known sector code; see GET /api/v1/sectors.");

        RuleFor(c => c.Input.Partners)
            .Must(p => p is null || p.Count <= MaxPartners).WithMessage($"partners holds at most {MaxPartners} partners.")
            .Must(p => p is null || p.Where(x => x.AgencyId is not null).Select(x => x.AgencyId).Distinct().Count() == p.Count(x => x.AgencyId is not null))
            .WithMessage("partners names an agency twice.")
            .Must(p => p is null || p.Where(x => x.AgencyId is null && x.Name is not null).Select(x => x.Name!.Trim().ToUpperInvariant()).Distinct().Count() == p.Count(x => x.AgencyId is null && x.Name is not null))
            .WithMessage("partners names a partner twice.");
        RuleForEach(c => c.Input.Partners).ChildRules(partner =>
        {
            partner.RuleFor(p => p.Name).Null().When(p => p.AgencyId is not null).WithMessage("Give either agencyId or name and type, not both.");
            partner.RuleFor(p => p.Type).Null().When(p => p.AgencyId is not null).WithMessage("Give either agencyId or name and type, not both.");
            partner.RuleFor(p => p.Name).NotEmpty().When(p => p.AgencyId is null).WithMessage("A partner needs agencyId, or name and type.");
            partner.RuleFor(p => p.Name).MaximumLength(Agency.NameMaxLength);
            partner.RuleFor(p => p.Type).NotNull().When(p => p.AgencyId is null).WithMessage("A partner named without agencyId needs its type.");
            partner.RuleFor(p => p.Type).IsInEnum();
            partner.RuleFor(p => p.SupportStatementRef).MaximumLength(Candidacy.ReferenceMaxLength);
            partner.RuleFor(p => p.AgencyId)
                .MustAsync(async (id, ct) => id is null || await db.Agencies.AnyAsync(a => a.Id == id, ct))
                .WithMessage("agencyId '{PropertyValue}' is not a known agency.");
        });
    }
}
