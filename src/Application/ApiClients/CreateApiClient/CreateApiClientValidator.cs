using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.ApiClients;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.ApiClients.CreateApiClient;

public sealed class CreateApiClientValidator : AbstractValidator<CreateApiClient>
{
    public CreateApiClientValidator(IJippDbContext db)
    {
        RuleFor(c => c.Name).RequiredText(ApiClient.NameMaxLength);
        RuleFor(c => c.Role).IsInEnum();

        RuleFor(c => c.AgencyId).NotNull().When(c => c.Role == ApiClientRole.Agency).WithMessage(Messages.AgencyClientNeedsAgency);
        RuleFor(c => c.AgencyId).Null().When(c => c.Role != ApiClientRole.Agency).WithMessage(Messages.OnlyAgencyClientHasAgency);
        RuleFor(c => c.AgencyId)
            .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct))
            .When(c => c.Role == ApiClientRole.Agency && c.AgencyId is not null)
            .WithMessage(Messages.UnknownAgency);

        RuleFor(c => c.HubId).NotNull().When(c => c.Role == ApiClientRole.Hub).WithMessage(Messages.HubClientNeedsHub);
        RuleFor(c => c.HubId).Null().When(c => c.Role != ApiClientRole.Hub).WithMessage(Messages.OnlyHubClientHasHub);
        RuleFor(c => c.HubId)
            .MustAsync(async (id, ct) => await db.Hubs.AnyAsync(h => h.Id == id, ct))
            .When(c => c.Role == ApiClientRole.Hub && c.HubId is not null)
            .WithMessage(Messages.UnknownHub);
    }
}
