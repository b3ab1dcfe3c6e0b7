using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.RecordHubActivity;

/// <summary>An activity the hub held.</summary>
/// <param name="Type">mentoring (pendampingan), knowledgeExchange, promotion or replicationForum.</param>
/// <param name="Title">What it was called (at most 200 characters).</param>
/// <param name="HeldOn">The day it was held: from 2000-01-01 to one year from today (planned activities may be recorded ahead).</param>
/// <param name="AgencyIds">Registered agencies that took part, at most 50; each must exist.</param>
/// <param name="InnovationIds">Innovations it was about, at most 50; each must be published.</param>
/// <param name="Notes">The hub's notes (at most 4000 characters).</param>
public sealed record HubActivityInput(
    HubActivityType Type,
    string Title,
    DateOnly HeldOn,
    IReadOnlyList<Guid>? AgencyIds = null,
    IReadOnlyList<Guid>? InnovationIds = null,
    string? Notes = null);

/// <summary>Records an activity of a hub: the ministry, or the hub itself.</summary>
public sealed record RecordHubActivity(Guid HubId, HubActivityInput Input) : ICommand<HubActivityDto>;

public sealed class RecordHubActivityHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<RecordHubActivity, HubActivityDto>
{
    public async ValueTask<HubActivityDto> Handle(RecordHubActivity command, CancellationToken cancellationToken)
    {
        if (!await db.Hubs.AnyAsync(h => h.Id == command.HubId, cancellationToken))
        {
            throw new NotFoundException(Refusals.Hub, command.HubId);
        }

        if (client.Role != ApiClientRole.Ministry && !(client.Role == ApiClientRole.Hub && client.HubId == command.HubId))
        {
            throw new ForbiddenException(Refusals.OnlyMinistryOrHubRecordsActivities);
        }

        var input = command.Input;
        var activity = HubActivity.Record(command.HubId, input.Type, input.Title, input.HeldOn, input.AgencyIds ?? [], input.InnovationIds ?? [], input.Notes, clock.GetUtcNow());
        db.HubActivities.Add(activity);
        return activity.ToResponse();
    }
}
