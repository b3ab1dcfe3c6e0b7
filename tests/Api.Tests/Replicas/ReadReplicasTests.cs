using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Api.Tests.Security;
using Jipp.Api.Tests.SharedState;
using Jipp.Domain.ApiClients;
using Jipp.Infrastructure.Persistence;
using Jipp.Infrastructure.Persistence.Replicas;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Jipp.Api.Tests.Replicas;

/// <summary>
/// The service with <c>ConnectionStrings:ReadReplicas</c> pointing at its own database under another application name,
/// so that every command shows which data source ran it: <see cref="Primary"/> or <see cref="Standby"/>.
/// </summary>
public sealed class ReplicasFactory : ApiFactoryBase
{
    public const string Primary = "jipp-primary";
    public const string Standby = "jipp-standby";
    public const int PrimaryAfterWriteSeconds = 10;

    public CommandSources Commands { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public static string Named(string connectionString, string applicationName) =>
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Default", Named(ConnectionString, Primary));
        builder.UseSetting("ConnectionStrings:ReadReplicas", Named(ConnectionString, Standby));
        builder.UseSetting("Jipp:ReadReplicas:PrimaryAfterWriteSeconds", PrimaryAfterWriteSeconds.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services
            .AddSingleton<TimeProvider>(Clock)
            .ConfigureDbContext<JippDbContext>(options => options.AddInterceptors(Commands)));
    }
}

/// <summary>The application name of the connection of every command EF Core sends, with its SQL.</summary>
public sealed class CommandSources : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Source, string Sql)> _commands = new();

    public void Clear() => _commands.Clear();

    /// <summary>The data sources of the commands whose SQL contains <paramref name="fragment"/>.</summary>
    public IReadOnlySet<string> SourcesOf(string fragment) =>
        _commands.Where(c => c.Sql.Contains(fragment, StringComparison.Ordinal)).Select(c => c.Source).ToHashSet();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command) =>
        _commands.Enqueue((new NpgsqlConnectionStringBuilder(command.Connection?.ConnectionString).ApplicationName ?? "?", command.CommandText));
}

public sealed class ReadReplicasTests(ReplicasFactory factory) : SecurityFactoryTest<ReplicasFactory>(factory)
{
    private static readonly string[] Standby = [ReplicasFactory.Standby];
    private static readonly string[] Primary = [ReplicasFactory.Primary];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await MeasuredAsync(Factory.Services);
        Factory.Commands.Clear();
    }

    [Fact]
    public async Task Anonymous_and_reader_reads_go_to_a_standby_other_reads_and_writes_to_the_primary()
    {
        var (_, _, reader) = await ClientAsync(ApiClientRole.Reader);
        var (_, _, agency) = await ClientAsync(ApiClientRole.Agency, await ProvincialGovernmentIdAsync("35"));

        await Expect.StatusAsync(await Factory.CreateClient(apiKey: null).GetAsync("/api/v1/sectors"), HttpStatusCode.OK);
        await Expect.StatusAsync(await reader.GetAsync("/api/v1/hubs"), HttpStatusCode.OK);
        var ready = await Factory.CreateClient(apiKey: null).GetFromJsonAsync<System.Text.Json.JsonElement>("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("readReplicas").GetProperty("status").GetString());
        Assert.Equal(Standby, Factory.Commands.SourcesOf("FROM sectors"));
        Assert.Equal(Standby, Factory.Commands.SourcesOf("FROM hubs"));

        Factory.Commands.Clear();
        await Expect.StatusAsync(await agency.GetAsync("/api/v1/hubs"), HttpStatusCode.OK);
        await Expect.StatusAsync(await agency.GetAsync("/api/v1/innovations"), HttpStatusCode.OK);
        var created = await agency.PostAsJsonAsync("/api/v1/innovations", InnovationBody("Layanan yang ditulis ke primary"), Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        Assert.Equal(Primary, Factory.Commands.SourcesOf("FROM hubs"));
        Assert.Equal(Primary, Factory.Commands.SourcesOf("FROM innovations"));
        Assert.Equal(Primary, Factory.Commands.SourcesOf("INSERT INTO innovations"));
    }

    [Fact]
    public async Task Search_and_statistics_read_a_standby_for_every_caller_and_the_event_feed_reads_the_primary()
    {
        var (_, _, agency) = await ClientAsync(ApiClientRole.Agency, await ProvincialGovernmentIdAsync("35"));
        var ministry = Factory.CreateClient(ApiFactoryBase.AdminKey);

        await Expect.StatusAsync(await agency.GetAsync("/api/v1/innovations?q=izin"), HttpStatusCode.OK);
        await Expect.StatusAsync(await ministry.GetAsync("/api/v1/statistics/overview"), HttpStatusCode.OK);
        await Expect.StatusAsync(await ministry.GetAsync("/api/v1/events"), HttpStatusCode.OK);

        Assert.Equal(Standby, Factory.Commands.SourcesOf("FROM innovations"));
        Assert.Equal(Standby, Factory.Commands.SourcesOf("-- statistics: overview"));
        Assert.Equal(Primary, Factory.Commands.SourcesOf("FROM events"));
    }

    [Fact]
    public async Task A_client_reads_the_primary_for_a_while_after_its_own_write()
    {
        var (_, _, writer) = await ClientAsync(ApiClientRole.Agency, await ProvincialGovernmentIdAsync("35"));
        var (_, _, other) = await ClientAsync(ApiClientRole.Agency, await ProvincialGovernmentIdAsync("51"));
        var created = await writer.PostAsJsonAsync("/api/v1/innovations", InnovationBody("Perizinan keliling desa"), Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);

        Factory.Commands.Clear();
        var own = await writer.GetFromJsonAsync<Page>("/api/v1/innovations?q=izin", Json);
        Assert.Equal(Primary, Factory.Commands.SourcesOf("FROM innovations"));
        Assert.Single(own!.Items);

        Factory.Commands.Clear();
        await Expect.StatusAsync(await other.GetAsync("/api/v1/innovations?q=izin"), HttpStatusCode.OK);
        Assert.Equal(Standby, Factory.Commands.SourcesOf("FROM innovations"));

        Factory.Clock.Advance(TimeSpan.FromSeconds(ReplicasFactory.PrimaryAfterWriteSeconds));
        await MeasuredAsync(Factory.Services);
        Factory.Commands.Clear();
        await Expect.StatusAsync(await writer.GetAsync("/api/v1/innovations?q=izin"), HttpStatusCode.OK);
        Assert.Equal(Standby, Factory.Commands.SourcesOf("FROM innovations"));
    }

    [Fact]
    public async Task A_write_through_one_instance_sends_the_writers_next_read_on_another_to_the_primary()
    {
        var prefix = "jipp-test-" + Guid.NewGuid().ToString("N")[..8] + ":";
        await using var first = WithRedis(prefix);
        await using var second = WithRedis(prefix);
        await MeasuredAsync(first.Services);
        await MeasuredAsync(second.Services);
        var (_, key, _) = await ClientAsync(ApiClientRole.Agency, await ProvincialGovernmentIdAsync("35"));

        var created = await Keyed(first, key).PostAsJsonAsync("/api/v1/innovations", InnovationBody("Perizinan keliling desa"), Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        Factory.Commands.Clear();
        var own = await Keyed(second, key).GetFromJsonAsync<Page>("/api/v1/innovations?q=izin", Json);

        Assert.Equal(Primary, Factory.Commands.SourcesOf("FROM innovations"));
        Assert.Single(own!.Items);
    }

    [Fact]
    public async Task While_no_standby_answers_reads_go_to_the_primary()
    {
        var unreachable = $"Host=127.0.0.1;Port={TestRedis.DeadPort()};Username=jipp;Database=jipp;Timeout=1;Application Name={ReplicasFactory.Standby}";
        await using var cutOff = Factory.WithWebHostBuilder(web => web.UseSetting("ConnectionStrings:ReadReplicas", unreachable));
        await MeasuredAsync(cutOff.Services);
        Factory.Commands.Clear();

        await Expect.StatusAsync(await cutOff.CreateClient().GetAsync("/api/v1/hubs"), HttpStatusCode.OK);

        Assert.False(cutOff.Services.GetRequiredService<StandbyDatabase>().Usable);
        var ready = await cutOff.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/health/ready");
        Assert.Equal("Degraded", ready.GetProperty("checks").GetProperty("readReplicas").GetProperty("status").GetString());
        Assert.Equal(Primary, Factory.Commands.SourcesOf("FROM hubs"));
    }

    [Fact]
    public async Task Standby_contexts_come_from_a_pool_of_their_own_on_the_replicas_data_source()
    {
        var standbys = Factory.Services.GetRequiredService<StandbyDatabase>();
        var first = standbys.CreateContext();
        await first.DisposeAsync();
        await using var second = standbys.CreateContext();
        await using var scope = Factory.Services.CreateAsyncScope();

        Assert.Same(first, second);
        Assert.Equal(ReplicasFactory.Standby, new NpgsqlConnectionStringBuilder(second.Database.GetConnectionString()).ApplicationName);
        Assert.NotSame(second, scope.ServiceProvider.GetRequiredService<JippDbContext>());
    }

    /// <summary>Measures the standbys' lag now, as the monitor does every few seconds, so that routing does not wait for it.</summary>
    private static Task MeasuredAsync(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<ReplicaLagMonitor>().Single().MeasureAsync(CancellationToken.None);

    private WebApplicationFactory<Program> WithRedis(string prefix) =>
        Factory.WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:Redis", TestRedis.Configuration)
            .UseSetting("Jipp:SharedState:KeyPrefix", prefix));

    private static HttpClient Keyed(WebApplicationFactory<Program> host, string key)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private sealed record Page(List<System.Text.Json.JsonElement> Items);
}
