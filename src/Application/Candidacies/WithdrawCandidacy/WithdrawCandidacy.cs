using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Inputs;
using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Candidacies.WithdrawCandidacy;

/// <summary>The candidate ends its own candidacy before designation: the candidate agency.</summary>
public sealed record WithdrawCandidacy(Guid Id, ReasonInput Input) : ICommand<CandidacyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class WithdrawCandidacyHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<WithdrawCandidacy, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(WithdrawCandidacy command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        client.RequireCandidate(candidacy);
        candidacy.Withdraw(command.Input.Reason, clock.GetUtcNow());
        return candidacy.ToResponse();
    }
}
