using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Candidacies.RecordCommitment;

/// <param name="SignedOn">When the joint commitment (komitmen bersama) was signed; not in the future.</param>
/// <param name="DocumentRef">Reference of the signed document.</param>
public sealed record CommitmentInput(DateOnly SignedOn, string DocumentRef);

/// <summary>Records the signed joint commitment: the candidate agency.</summary>
public sealed record RecordCommitment(Guid Id, CommitmentInput Input) : ICommand<CandidacyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class RecordCommitmentHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<RecordCommitment, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(RecordCommitment command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        client.RequireCandidate(candidacy);
        candidacy.Commit(command.Input.SignedOn, command.Input.DocumentRef, clock.GetUtcNow());
        return candidacy.ToResponse();
    }
}
