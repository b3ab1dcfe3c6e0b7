using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Jipp.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jipp.Infrastructure.Persistence.Replicas;

/// <summary>
/// The standbys of <c>ConnectionStrings:ReadReplicas</c> (an Npgsql multi-host connection string): one multi-host data
/// source that prefers standbys (<c>prefer-standby</c>: a standby if one answers, else any host), a pool of contexts on
/// it, and the replay lag of each host, measured by <see cref="ReplicaLagMonitor"/>. Reads are sent here only while
/// <see cref="Usable"/>: at least one host measured recently, none of those behind by more than
/// <see cref="ReadReplicaOptions.MaxLagSeconds"/>.
/// </summary>
public sealed class StandbyDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "ReadReplicas";

    private readonly ReadReplicaOptions _options;
    private readonly TimeProvider _clock;
    private readonly IServiceProvider _services;
    private readonly Lazy<PooledDbContextFactory<JippDbContext>>? _contexts;
    private readonly ConcurrentDictionary<string, (double? LagSeconds, DateTimeOffset At)> _lags = new(StringComparer.Ordinal);

    public StandbyDatabase(IConfiguration configuration, IOptions<ReadReplicaOptions> options, TimeProvider clock, IServiceProvider services, IMeterFactory meters)
    {
        _options = options.Value;
        _clock = clock;
        _services = services;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        DataSource = DataSources.Builder(connectionString).BuildMultiHost().WithTargetSession(TargetSessionAttributes.PreferStandby);
        Hosts = HostsOf(connectionString);
        _contexts = new Lazy<PooledDbContextFactory<JippDbContext>>(() => new PooledDbContextFactory<JippDbContext>(ContextOptions(DataSource)));
        meters.Create(JippMetrics.MeterName).CreateObservableGauge(
            "jipp.replica.lag", ObserveLag, "s", "How far each host of ConnectionStrings:ReadReplicas is behind the primary in replaying its changes (0 on a host that is not a standby), by host; absent while a host does not answer.");
    }

    public bool Configured => DataSource is not null;

    /// <summary>The data source of reads that tolerate staleness: standbys first, else any host.</summary>
    public NpgsqlDataSource? DataSource { get; }

    /// <summary>Each host of the connection string, as a data source of its own, to measure its lag.</summary>
    public IReadOnlyList<(string Host, NpgsqlDataSource DataSource)> Hosts { get; } = [];

    public ReadReplicaOptions Options => _options;

    /// <summary>Whether reads may go to the standbys now (see the class summary).</summary>
    public bool Usable => State() is { Answering: > 0 } state && state.MaxLagSeconds <= _options.MaxLagSeconds;

    /// <summary>How many hosts answered the recent measurements, and the largest lag among them.</summary>
    public (int Answering, double MaxLagSeconds) State()
    {
        if (!Configured)
        {
            return (0, 0);
        }

        var recent = _clock.GetUtcNow() - TimeSpan.FromSeconds(3 * _options.LagCheckSeconds);
        var answering = 0;
        var maxLag = 0.0;
        foreach (var (_, (lag, at)) in _lags)
        {
            if (lag is { } seconds && at >= recent)
            {
                answering++;
                maxLag = Math.Max(maxLag, seconds);
            }
        }

        return (answering, maxLag);
    }

    /// <summary>Records a measurement of <paramref name="host"/>: its lag in seconds, or null when it did not answer.</summary>
    public void Measured(string host, double? lagSeconds) => _lags[host] = (lagSeconds, _clock.GetUtcNow());

    /// <summary>A context on the standbys from their pool; disposing it returns it.</summary>
    public JippDbContext CreateContext() =>
        (_contexts ?? throw new InvalidOperationException("ConnectionStrings:ReadReplicas is not set.")).Value.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (DataSource is not null)
        {
            await DataSource.DisposeAsync();
        }

        foreach (var (_, dataSource) in Hosts)
        {
            await dataSource.DisposeAsync();
        }
    }

    private IEnumerable<Measurement<double>> ObserveLag()
    {
        foreach (var (host, (lag, _)) in _lags)
        {
            if (lag is { } seconds)
            {
                yield return new Measurement<double>(seconds, new KeyValuePair<string, object?>("host", host));
            }
        }
    }

    /// <summary>
    /// The primary's context options (the host's configurations of <see cref="JippDbContext"/>, interceptors included)
    /// on the standbys' data source.
    /// </summary>
    private DbContextOptions<JippDbContext> ContextOptions(NpgsqlDataSource dataSource)
    {
        var builder = new DbContextOptionsBuilder<JippDbContext>(new DbContextOptions<JippDbContext>());
        foreach (var configuration in _services.GetServices<IDbContextOptionsConfiguration<JippDbContext>>())
        {
            configuration.Configure(_services, builder);
        }

        DependencyInjection.Configure(builder, dataSource);
        return builder.Options;
    }

    private static List<(string Host, NpgsqlDataSource DataSource)> HostsOf(string connectionString)
    {
        var multiHost = new NpgsqlConnectionStringBuilder(connectionString);
        var hosts = new List<(string, NpgsqlDataSource)>();
        foreach (var host in (multiHost.Host ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var single = new NpgsqlConnectionStringBuilder(connectionString)
            {
                Host = host,
                TargetSessionAttributes = null,
                LoadBalanceHosts = false,
                MaxPoolSize = 1,
            };
            hosts.Add((host, NpgsqlDataSource.Create(single)));
        }

        return hosts;
    }
}
