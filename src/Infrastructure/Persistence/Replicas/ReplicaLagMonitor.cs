using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Jipp.Infrastructure.Persistence.Replicas;

/// <summary>
/// Measures how far each host of <c>ConnectionStrings:ReadReplicas</c> is behind the primary, at start and then every
/// <see cref="ReadReplicaOptions.LagCheckSeconds"/>, for <see cref="StandbyDatabase.Usable"/> and the
/// <c>jipp.replica.lag</c> gauge.
/// </summary>
public sealed partial class ReplicaLagMonitor(StandbyDatabase standbys, TimeProvider clock, ILogger<ReplicaLagMonitor> logger) : BackgroundService
{
    /// <summary>
    /// A standby that has replayed all it received, while its WAL receiver runs, is not behind; otherwise it is behind by
    /// the age of the last transaction it replayed (an idle primary makes that an overestimate, never an underestimate,
    /// while changes flow). A host that is not in recovery is a primary: 0.
    /// </summary>
    internal const string LagSql = """
        SELECT CASE
            WHEN NOT pg_is_in_recovery() THEN 0
            WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver) THEN 0
            ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 'Infinity')
        END::float8
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>The hosts that did not answer their last measurement (measurements may overlap: the timer's and a test's).</summary>
    private readonly ConcurrentDictionary<string, bool> _silent = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!standbys.Configured)
        {
            return;
        }

        await MeasureAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(standbys.Options.LagCheckSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await MeasureAsync(stoppingToken);
        }
    }

    /// <summary>Measures every host once.</summary>
    public async Task MeasureAsync(CancellationToken cancellationToken)
    {
        foreach (var (host, dataSource) in standbys.Hosts)
        {
            standbys.Measured(host, await LagOfAsync(host, dataSource, cancellationToken));
        }
    }

    private async Task<double?> LagOfAsync(string host, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            await using var command = dataSource.CreateCommand(LagSql);
            command.CommandTimeout = (int)Timeout.TotalSeconds;
            var lag = (double)(await command.ExecuteScalarAsync(timeout.Token))!;
            if (_silent.TryRemove(host, out _))
            {
                LogAnswers(logger, host);
            }

            return lag;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever the failure (unreachable, refused, no permission), the host is not used; the monitor carries on.
            if (_silent.TryAdd(host, true))
            {
                LogSilent(logger, host, e.GetType().Name);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read replica {Host} does not answer ({ExceptionType}); reads avoid it, and go to the primary while no replica answers")]
    private static partial void LogSilent(ILogger logger, string host, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "The read replica {Host} answers again")]
    private static partial void LogAnswers(ILogger logger, string host);
}
