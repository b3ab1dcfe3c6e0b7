using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Candidacies;
using Mediator;

namespace Jipp.Application.Candidacies.InviteCandidate;

/// <param name="MeetingOn">Date of the readiness coordination meeting.</param>
/// <param name="Format">virtual (daring) or inPerson (luring).</param>
public sealed record InvitationInput(DateOnly MeetingOn, MeetingFormat Format);

/// <summary>Invites a shortlisted candidate to the readiness coordination meeting: the ministry.</summary>
public sealed record InviteCandidate(Guid Id, InvitationInput Input) : ICommand<CandidacyDto>;

public sealed class InviteCandidateHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<InviteCandidate, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(InviteCandidate command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        candidacy.Invite(command.Input.MeetingOn, command.Input.Format, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return candidacy.ToResponse();
    }
}
