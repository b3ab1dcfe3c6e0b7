using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Innovations;

namespace Jipp.Application.Innovations;

/// <summary>The content rules, shared by registration and update.</summary>
public sealed class InnovationInputValidator : AbstractValidator<InnovationInput>
{
    public InnovationInputValidator(IReferenceCodes codes, TimeProvider clock)
    {
        RuleFor(i => i.Title).RequiredText(InnovationContent.TitleMaxLength);
        RuleFor(i => i.UnitName).RequiredText(InnovationContent.UnitNameMaxLength);
        RuleFor(i => i.Summary).RequiredText(InnovationContent.SummaryMaxLength);
        RuleFor(i => i.Problem).RequiredText(InnovationContent.TextMaxLength);
        RuleFor(i => i.Solution).RequiredText(InnovationContent.TextMaxLength);
        RuleFor(i => i.Novelty).RequiredText(InnovationContent.TextMaxLength);
        RuleFor(i => i.Impact).RequiredText(InnovationContent.TextMaxLength);
        RuleFor(i => i.Form).IsInEnum();
        RuleFor(i => i.MaturityStage).IsInEnum();
        RuleFor(i => i.Sector)
            .NotEmpty().WithMessage(Messages.SectorRequired)
            .MaximumLength(50)
            .DependentRules(() => RuleFor(i => i.Sector)
                .MustAsync(async (code, ct) => await codes.IsSectorAsync(code, ct))
                .WithMessage(Messages.UnknownSector));

        RuleFor(i => i.StartedOn)
            .Must(d => d <= Dates.LatestToday(clock))
            .WithMessage(Messages.StartedInFuture)
            .Must(d => d.Year >= 1945)
            .WithMessage(Messages.StartedTooEarly);
        RuleFor(i => i.ImplementedOn)
            .NotNull().When(i => i.MaturityStage == MaturityStage.Implementation)
            .WithMessage(Messages.ImplementedRequired);
        RuleFor(i => i.ImplementedOn)
            .Must((i, d) => d is null || d >= i.StartedOn)
            .WithMessage(Messages.ImplementedBeforeStarted);
        RuleFor(i => i.ImplementedOn)
            .Must(d => d is null || d <= Dates.LatestToday(clock))
            .WithMessage(Messages.ImplementedInFuture);

        RuleFor(i => i.EvidenceLinks)
            .MaxItems(InnovationContent.MaxEvidenceLinks)
            .WithMessage(Messages.EvidenceLinksMax, InnovationContent.MaxEvidenceLinks);
        RuleForEach(i => i.EvidenceLinks)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(InnovationContent.EvidenceLinkMaxLength)
            .WithMessage(Messages.MaxLength, InnovationContent.EvidenceLinkMaxLength)
            .Must(IsHttpsLink)
            .WithMessage(Messages.EvidenceLink, InnovationContent.EvidenceLinkMaxLength);
    }

    /// <summary>Evidence is a link for people to follow; the service never fetches it.</summary>
    private static bool IsHttpsLink(string? link) =>
        link is { Length: > 0 and <= InnovationContent.EvidenceLinkMaxLength }
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.UserInfo);
}
