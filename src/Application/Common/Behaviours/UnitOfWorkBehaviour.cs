using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Common.Behaviours;

/// <summary>Runs every command in one unit of work (<see cref="IUnitOfWork"/>); queries pass through.</summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        message is IBaseCommand
            ? unitOfWork.RunAsync(MessageName, message as IConditionalCommand, ct => next(message, ct), cancellationToken)
            : next(message, cancellationToken);
}
