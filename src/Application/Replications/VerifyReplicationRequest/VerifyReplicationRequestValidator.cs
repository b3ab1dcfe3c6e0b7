using FluentValidation;
using Jipp.Domain.Replications;

namespace Jipp.Application.Replications.VerifyReplicationRequest;

public sealed class VerifyReplicationRequestValidator : AbstractValidator<VerifyReplicationRequest>
{
    public VerifyReplicationRequestValidator() =>
        RuleFor(c => c.Input.Notes).MaximumLength(ReplicationRequest.TextMaxLength);
}
