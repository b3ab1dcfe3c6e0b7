using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Candidacies.AnswerInvitation;

/// <param name="Willing">true to declare willingness (kesediaan), false to decline.</param>
/// <param name="StatementRef">Reference of the signed statement of willingness.</param>
public sealed record WillingnessInput(bool Willing, string? StatementRef = null);

/// <summary>The candidate's answer to its invitation: the candidate agency, or the ministry on its behalf.</summary>
public sealed record AnswerInvitation(Guid Id, WillingnessInput Input) : ICommand<CandidacyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class AnswerInvitationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<AnswerInvitation, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(AnswerInvitation command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        client.RequireCandidate(candidacy, ministryToo: true);
        candidacy.AnswerInvitation(command.Input.Willing, command.Input.StatementRef, clock.GetUtcNow());
        return candidacy.ToResponse();
    }
}
