using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Jipp.Application.Common.Behaviours;

/// <summary>
/// Logs each use case with its duration: changes (commands) at Information, reads (queries) at
/// Debug, since reads are the bulk of the traffic and the audit trail already records every
/// change. Only names are logged, never message contents (they may hold personal data).
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    private static readonly LogLevel Level = IsQuery(typeof(TMessage)) ? LogLevel.Debug : LogLevel.Information;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(Level))
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogHandled(logger, Level, MessageName, elapsed);
            }
        }
    }

    private static bool IsQuery(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IQuery<>) || i.GetGenericTypeDefinition() == typeof(IStreamQuery<>)));

    [LoggerMessage(Message = "Handled {Message} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogHandled(ILogger logger, LogLevel level, string message, double elapsedMilliseconds);
}
