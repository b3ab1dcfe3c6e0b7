using FluentValidation;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Replications;

namespace Jipp.Application.Replications.CancelReplicationRequest;

public sealed class CancelReplicationRequestValidator : AbstractValidator<CancelReplicationRequest>
{
    public CancelReplicationRequestValidator() => RuleFor(c => c.Input.Reason).RequiredText(ReplicationRequest.TextMaxLength);
}
