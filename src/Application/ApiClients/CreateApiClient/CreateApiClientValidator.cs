using FluentValidation;
using Jipp.Application.Common.Interfaces;
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

        RuleFor(c => c.AgencyId).NotNull().When(c => c.Role == ApiClientRole.Agency).WithMessage("An agency client needs agencyId.");
        RuleFor(c => c.AgencyId).Null().When(c => c.Role != ApiClientRole.Agency).WithMessage("Only an agency client has an agencyId.");
        RuleFor(c => c.AgencyId)
            .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct))
            .When(c => c.Role == ApiClientRole.Agency && c.AgencyId is not null)
            .WithMessage("agencyId '{PropertyValue}' is not a known agency.");

        RuleFor(c => c.HubId).NotNull().When(c => c.Role == ApiClientRole.Hub).WithMessage("A hub client needs hubId.");
        RuleFor(c => c.HubId).Null().When(c => c.Role != ApiClientRole.Hub).WithMessage("Only a hub client has a hubId.");
        RuleFor(c => c.HubId)
            .MustAsync(async (id, ct) => await db.Hubs.AnyAsync(h => h.Id == id, ct))
            .When(c => c.Role == ApiClientRole.Hub && c.HubId is not null)
            .WithMessage("hubId '{PropertyValue}' is not a known hub.");
    }
}
