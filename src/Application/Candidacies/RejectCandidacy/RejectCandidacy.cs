using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Inputs;
using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Candidacies.RejectCandidacy;

/// <summary>Ends a candidacy before designation: the ministry.</summary>
public sealed record RejectCandidacy(Guid Id, ReasonInput Input) : ICommand<CandidacyDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class RejectCandidacyHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<RejectCandidacy, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(RejectCandidacy command, CancellationToken cancellationToken)
    {
        var candidacy = await db.LoadCandidacyAsync(client, command.Id, cancellationToken);
        candidacy.Reject(command.Input.Reason, clock.GetUtcNow());
        return candidacy.ToResponse();
    }
}
