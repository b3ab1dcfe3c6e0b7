using System.Globalization;
using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.RecordHubActivity;

public sealed class RecordHubActivityValidator : AbstractValidator<RecordHubActivity>
{
    public static readonly DateOnly EarliestHeldOn = new(2000, 1, 1);

    public RecordHubActivityValidator(IJippDbContext db, TimeProvider clock)
    {
        RuleFor(c => c.Input.Type).IsInEnum().WithMessage(Messages.UnknownActivityType);
        RuleFor(c => c.Input.Title).RequiredText(HubActivity.TitleMaxLength).OverridePropertyName("title");
        RuleFor(c => c.Input.HeldOn)
            .Must(d => d >= EarliestHeldOn)
            .WithMessage(Messages.HeldOnEarliest, EarliestHeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Must(d => d <= Dates.LatestToday(clock).AddYears(1))
            .WithMessage(Messages.HeldOnLatest);
        RuleFor(c => c.Input.Notes)
            .MaximumLength(HubActivity.NotesMaxLength)
            .WithMessage(Messages.FieldMaxLength, "notes", HubActivity.NotesMaxLength);

        RuleFor(c => c.Input.AgencyIds)
            .MaxItems(HubActivity.MaxReferences)
            .WithMessage(Messages.ActivityAgenciesMax, HubActivity.MaxReferences)
            .DependentRules(() => RuleFor(c => c.Input.AgencyIds).CustomAsync(async (ids, context, ct) =>
            {
                var wanted = ids?.Distinct().ToList() ?? [];
                var known = wanted.Count == 0 ? [] : await db.Agencies.Where(a => wanted.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
                var unknown = wanted.Except(known).ToList();
                if (unknown.Count > 0)
                {
                    context.AddFailure(Messages.ActivityAgenciesUnknown.Format(string.Join(", ", unknown)));
                }
            }));

        RuleFor(c => c.Input.InnovationIds)
            .MaxItems(HubActivity.MaxReferences)
            .WithMessage(Messages.ActivityInnovationsMax, HubActivity.MaxReferences)
            .DependentRules(() => RuleFor(c => c.Input.InnovationIds).CustomAsync(async (ids, context, ct) =>
            {
                var wanted = ids?.Distinct().ToList() ?? [];
                var published = wanted.Count == 0
                    ? []
                    : await db.Innovations.Where(i => wanted.Contains(i.Id) && i.State == InnovationState.Published).Select(i => i.Id).ToListAsync(ct);
                var others = wanted.Except(published).ToList();
                if (others.Count > 0)
                {
                    // Unknown and unpublished read alike, so that others' drafts stay invisible.
                    context.AddFailure(Messages.ActivityInnovationsUnpublished.Format(string.Join(", ", others)));
                }
            }));
    }
}
