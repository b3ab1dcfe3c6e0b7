using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Candidacies;
using Mediator;

namespace Jipp.Application.Replications.RecordMentoringSession;

/// <param name="HeldOn">When the session was held; not in the future.</param>
/// <param name="Format">virtual or inPerson.</param>
/// <param name="Topics">What was covered (1–20 topics).</param>
/// <param name="Notes">Notes (at most 4000 characters).</param>
public sealed record MentoringSessionInput(DateOnly HeldOn, MeetingFormat Format, IReadOnlyList<string> Topics, string? Notes = null);

/// <summary>Records a mentoring session: the facilitating hub, the owner agency or the ministry. The first starts the implementation.</summary>
public sealed record RecordMentoringSession(Guid Id, MentoringSessionInput Input) : ICommand<ReplicationRequestDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class RecordMentoringSessionHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<RecordMentoringSession, ReplicationRequestDto>
{
    public async ValueTask<ReplicationRequestDto> Handle(RecordMentoringSession command, CancellationToken cancellationToken)
    {
        var request = await db.LoadRequestAsync(client, command.Id, cancellationToken);
        ReplicationAccess.Require(client.IsFacilitator(request) || client.IsOwner(request), Refusals.FacilitatorOwnerOrMinistry);
        var input = command.Input;
        request.RecordMentoring(input.HeldOn, input.Format, input.Topics, input.Notes, clock.GetUtcNow());
        return request.ToResponse();
    }
}
