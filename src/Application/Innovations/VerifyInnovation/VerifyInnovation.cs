using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Innovations;
using Mediator;

namespace Jipp.Application.Innovations.VerifyInnovation;

/// <param name="Decision">publish, or return to the agency.</param>
/// <param name="Notes">Notes for the agency; required when returning (at most 4000 characters).</param>
public sealed record VerificationInput(VerificationDecision Decision, string? Notes = null);

/// <summary>Publishes or returns a submitted innovation: the ministry, or the hub of the innovation's province.</summary>
public sealed record VerifyInnovation(Guid Id, VerificationInput Input) : ICommand<InnovationDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class VerifyInnovationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<VerifyInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(VerifyInnovation command, CancellationToken cancellationToken)
    {
        var innovation = await db.LoadForChangeAsync(client, command.Id, cancellationToken);
        var mayVerify = client.Role == ApiClientRole.Ministry
            || (client.Role == ApiClientRole.Hub && innovation.HubId is not null && innovation.HubId == client.HubId);
        if (!mayVerify)
        {
            throw new ForbiddenException(Refusals.OnlyMinistryOrProvinceHubVerifies);
        }

        innovation.Verify(command.Input.Decision, command.Input.Notes, clock.GetUtcNow());
        return innovation.ToResponse();
    }
}
