using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Replications;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Replications.SubmitReplicationRequest;

public sealed class SubmitReplicationRequestValidator : AbstractValidator<SubmitReplicationRequest>
{
    public SubmitReplicationRequestValidator(IJippDbContext db, ICurrentClient client)
    {
        RuleFor(c => c.InnovationId)
            .NotEmpty()
            .MustAsync(async (id, ct) => await db.Innovations.AnyAsync(i => i.Id == id, ct))
            .WithMessage(Messages.UnknownInnovation);
        RuleFor(c => c.Motivation).RequiredText(ReplicationRequest.TextMaxLength);
        RuleFor(c => c.PlannedStartOn).Must(d => d.Year is >= 2000 and <= 2100).WithMessage(Messages.DateBetween, "plannedStartOn");
        RuleFor(c => c.RequesterAgencyId)
            .NotNull().When(_ => client.Role != ApiClientRole.Agency)
            .WithMessage(Messages.RequesterRequired);
        RuleFor(c => c.RequesterAgencyId)
            .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct))
            .When(c => c.RequesterAgencyId is not null)
            .WithMessage(Messages.UnknownRequester);
    }
}
