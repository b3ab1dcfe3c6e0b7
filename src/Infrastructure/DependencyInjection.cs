using Jipp.Application.Common.Interfaces;
using Jipp.Application.Matchmaking;
using Jipp.Infrastructure.Idempotency;
using Jipp.Infrastructure.Outbox;
using Jipp.Infrastructure.Health;
using Jipp.Infrastructure.Persistence;
using Jipp.Infrastructure.Persistence.Replicas;
using Jipp.Infrastructure.Persistence.Seed;
using Jipp.Infrastructure.Security;
using Jipp.Infrastructure.SharedState;
using Jipp.Infrastructure.Matchmaking;
using Jipp.Infrastructure.Search;
using Jipp.Infrastructure.Statistics;
using Jipp.Infrastructure.Webhooks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Polly;

namespace Jipp.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Default";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database is configured: set ConnectionStrings__Default, or start the service with ./scripts/run.sh, which provides one.");
        }

        var dataSource = DataSources.Builder(connectionString).Build();
        services.AddSingleton(dataSource);
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IReferenceCodes, ReferenceCodes>();
        services.AddScoped<IdempotencyScope>();

        // Pooled contexts (EF Core's own pool) with options built once: building options and a context's services per
        // request cost more CPU than the query itself. The context holds no request state; commands save through
        // the unit of work, which takes the request's client and idempotency key as its own dependencies.
        services.AddDbContextPool<JippDbContext>(options => Configure(options, dataSource));

        // Handlers get the primary's context, or one on the standbys where the scope chose them (ConnectionStrings:ReadReplicas, ADR 24).
        services.AddOptions<ReadReplicaOptions>()
            .BindConfiguration(ReadReplicaOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsValid, "Jipp:ReadReplicas:PrimaryAfterWriteSeconds must be longer than MaxLagSeconds and LagCheckSeconds together.")
            .ValidateOnStart();
        services.AddSingleton<StandbyDatabase>();
        services.AddSingleton<RecentWriters>();
        services.AddHostedService<ReplicaLagMonitor>();
        services.AddScoped<ReadRouting>();
        services.AddScoped<IReadRouting>(sp => sp.GetRequiredService<ReadRouting>());
        services.AddScoped<IJippDbContext>(sp => sp.GetRequiredService<ReadRouting>().Resolve(sp));
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<UnitOfWork>());
        services.AddScoped<Jipp.Application.Scorecards.IHubScorecardFigures, Jipp.Infrastructure.Scorecards.HubScorecardFigures>();
        services.AddScoped<Jipp.Application.OpenData.IOpenInnovations, OpenData.OpenInnovations>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();

        services.AddSingleton(TimeProvider.System);

        // State shared between instances in Redis when ConnectionStrings:Redis is set, else kept in the process (ADR 24).
        services.AddSingleton<SharedRedis>();
        services.AddHostedService<SharedRedisConnector>();
        services.AddSingleton<RefreshLease>();
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(SharedRedis.ConnectionStringName)))
        {
            // HybridCache's second level: Redis behind the guard that falls back to the first level alone.
            services.AddSingleton<IDistributedCache>(sp =>
            {
                var redis = sp.GetRequiredService<SharedRedis>();
                var cache = new RedisCache(Microsoft.Extensions.Options.Options.Create(new RedisCacheOptions
                {
                    InstanceName = redis.KeyPrefix + "cache:",
                    ConnectionMultiplexerFactory = () => Task.FromResult(redis.Connection),
                }));
                return new SharedDistributedCache(cache, redis);
            });
        }

        // The statistics answers: HybridCache (in memory, with Redis as its second level when configured), filled by the refresher.
        services.AddHybridCache();
        services.AddHostedService<StatisticsRefresher>();

        // Matchmaking (docs/adr/0026-replication-matchmaking.md): its reads, and the term table refreshed in the background.
        services.AddScoped<IInnovationMatcher, InnovationMatcher>();
        services.AddOptions<MatchmakingOptions>()
            .BindConfiguration(MatchmakingOptions.SectionName)
            .Validate(o => o.TermRefreshMinutes is >= 0 and <= 1440, "Jipp:Matchmaking:TermRefreshMinutes must be from 0 (no background refresh) to 1440.")
            .ValidateOnStart();
        services.AddSingleton<TermStatistics>();
        services.AddHostedService<TermStatisticsRefresher>();

        // The search indexes of the newest published innovations, built and renewed in the background (docs/adr/0031-search-index-of-the-newest-innovations.md).
        services.AddSingleton<RecentWordsIndex>();
        services.AddHostedService(sp => sp.GetRequiredService<RecentWordsIndex>());

        // The event feed: writers insert events without a position; stampers (GET /events before it reads, and this
        // background service) give committed events the next positions (docs/adr/0018-event-feed-without-a-global-lock.md).
        services.AddSingleton<IEventFeed, EventFeed>();
        services.AddOptions<EventFeedOptions>()
            .BindConfiguration(EventFeedOptions.SectionName)
            .Validate(o => o.IsValid, $"Jipp:Events:StampIntervalMilliseconds must be from 0 (no background stamping) to {EventFeedOptions.MaxStampIntervalMilliseconds}.")
            .ValidateOnStart();
        services.AddHostedService<EventStamper>();
        AddWebhooks(services);
        services.AddSingleton<IApiKeyService, ApiKeyService>();
        services.AddOptions<ApiKeyCacheOptions>()
            .BindConfiguration(ApiKeyCacheOptions.SectionName)
            .Validate(o => o.ApiKeyCacheSeconds is >= 0 and <= ApiKeyCacheOptions.MaxCacheSeconds, $"Jipp:ApiKeyCacheSeconds must be from 0 (no cache) to {ApiKeyCacheOptions.MaxCacheSeconds} seconds.")
            .ValidateOnStart();
        services.AddSingleton<ApiKeyCache>();

        var health = services.AddHealthChecks()
            .AddNpgSql(sp => sp.GetRequiredService<NpgsqlDataSource>(), name: "database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);

        // Shown in /health/ready where configured; at worst degraded (still 200 and ready): the service works without them.
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(SharedRedis.ConnectionStringName)))
        {
            health.AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        }

        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(StandbyDatabase.ConnectionStringName)))
        {
            health.AddCheck<ReadReplicasHealthCheck>("readReplicas", tags: ["ready"]);
        }
        return services;
    }

    /// <summary>
    /// Webhook delivery (docs/adr/0025-webhooks.md): the worker, the encrypted secrets, and the one HttpClient that
    /// calls receivers, whose handler connects only through <see cref="WebhookConnector"/> (every address checked),
    /// never through a proxy, never follows a redirect, and whose attempts are bounded by a resilience time-out.
    /// Retries are not made by the handler: they are scheduled in the delivery's row, so they survive restarts.
    /// </summary>
    private static void AddWebhooks(IServiceCollection services)
    {
        services.AddOptions<WebhookDeliveryOptions>()
            .BindConfiguration(WebhookDeliveryOptions.SectionName)
            .Validate(o => o.IsValid, "Jipp:Webhooks: PollIntervalMilliseconds 0–60000, BatchSize 1–1000, MaxConcurrency 1–100, ConnectTimeoutSeconds 1–60, AttemptTimeoutSeconds 1–120, LeaseSeconds above AttemptTimeoutSeconds, positive retry delays and budget, PauseAfterFailures at least 1, and SecretKeys the base64 of 32 bytes each.")
            .ValidateOnStart();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<IWebhookSecrets>(sp => sp.GetRequiredService<WebhookSecrets>());
        services.AddSingleton<WebhookConnector>();
        services.AddSingleton<WebhookStore>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName, (sp, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler's time-out bounds each attempt
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<WebhookDeliveryOptions>>().Value;
                var connector = sp.GetRequiredService<WebhookConnector>();
                return new SocketsHttpHandler
                {
                    ConnectCallback = connector.ConnectAsync,
                    ConnectTimeout = TimeSpan.FromSeconds(options.ConnectTimeoutSeconds),
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    AutomaticDecompression = System.Net.DecompressionMethods.None,
                    MaxResponseHeadersLength = 16,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(1),
                };
            })
            .AddResilienceHandler("webhook-attempt", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<WebhookDeliveryOptions>>().Value;
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
            });
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
    }

    /// <summary>The most statements a save sends in one batch.</summary>
    internal const int MaxBatchSize = 1000;

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        Common(options.UseNpgsql(dataSource, Npgsql));

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        Common(options.UseNpgsql(connectionString, Npgsql));

    /// <summary>
    /// The model comes from the compiled model in Persistence/CompiledModel, which EF Core finds by its assembly
    /// attribute, so the start does not build it from the configurations (scripts/ef-compiled-model.sh regenerates
    /// it). Migrate would still build the model from the configurations, and the migrations' snapshot, to warn of
    /// changes without a migration; CompiledModelTests check both instead, so the service skips that check at start.
    /// </summary>
    private static DbContextOptionsBuilder Common(DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention()
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>
    /// Transient failures (a dropped connection, a restarting server) are retried a few times before the request gives
    /// up with 503. A save's statements go out in batches of up to 1,000 (stated here because the unit of work relies on a
    /// save of a few new rows being one batch, <see cref="UnitOfWork.MaxInsertsInOneBatch"/>).
    /// </summary>
    private static void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsAssembly(typeof(JippDbContext).Assembly.GetName().Name)
            .MaxBatchSize(MaxBatchSize)
            .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null);
}
