using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Candidacies;
using Mediator;

namespace Jipp.Application.Candidacies.InviteCandidate;

/// <param name="MeetingOn">Date of the readiness coordination meeting.</param>
/// <param name="Format">virtual (daring) or inPerson (luring).</param>
public sealed record InvitationInput(DateOnly MeetingOn, MeetingFormat Format);

/// <summary>Invites a shortlisted candidate to the readiness coordination meeting: the ministry.</summary>
public sealed record InviteCandidate(Guid Id, InvitationInput Input) : ICommand<CandidacyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class InviteCandidateHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<InviteCandidate, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(InviteCandidate command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        candidacy.Invite(command.Input.MeetingOn, command.Input.Format, clock.GetUtcNow());
        return candidacy.ToResponse();
    }
}
