using System.Diagnostics;
using Mediator;

namespace Jipp.Application.Common.Behaviours;

/// <summary>
/// A span per use case (<c>RegisterInnovation</c>, <c>ListInnovations</c>) between the request's span and its
/// database commands, on the activity source <see cref="UseCaseActivity.SourceName"/>. Without a listener (tracing
/// off) it costs one check.
/// </summary>
public sealed class TracingBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        UseCaseActivity.Source.HasListeners() ? TracedAsync(message, next, cancellationToken) : next(message, cancellationToken);

    private static async ValueTask<TResponse> TracedAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = UseCaseActivity.Source.StartActivity(MessageName);
        try
        {
            return await next(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (activity is not null)
        {
            // A refusal is an answer, not a failure of the service: the type says which; the request's span carries the status.
            activity.SetTag("error.type", ex.GetType().Name);
            throw;
        }
    }
}

/// <summary>The activity source of the use-case spans.</summary>
public static class UseCaseActivity
{
    public const string SourceName = "Jipp";

    internal static readonly ActivitySource Source = new(SourceName);
}
