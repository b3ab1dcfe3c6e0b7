using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Jipp.Application.Common.Behaviours;

/// <summary>
/// Logs each use case with its duration, at Debug: reads are the bulk of the traffic, and every change is already
/// recorded durably in the audit trail (with its trace id), as a span of its trace and in the request metrics. At
/// Information the JSON console line cost about a tenth of a registration's CPU (profile, ADR 15). Set the category
/// <c>Jipp.Application.Common.Behaviours.LoggingBehaviour</c> to Debug to see the lines. Only names are logged, never
/// message contents (they may hold personal data).
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogHandled(logger, MessageName, elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {Message} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, double elapsedMilliseconds);
}
