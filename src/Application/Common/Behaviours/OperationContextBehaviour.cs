using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Common.Behaviours;

/// <summary>Names the use case of a command, so that every change it writes is audited under that name.</summary>
public sealed class OperationContextBehaviour<TMessage, TResponse>(IOperationContext operation)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IBaseCommand)
        {
            operation.Action = MessageName;
        }

        return next(message, cancellationToken);
    }
}
