using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jipp.Api.Tests;

/// <summary>A service whose database connections can be made to fail, as when PostgreSQL is down.</summary>
public sealed class OutageFactory : ApiFactoryBase
{
    public OutageSwitch Outage { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<JippDbContext>(options => options.AddInterceptors(Outage)));
    }
}

/// <summary>Fails every connection opening while on, with the error Npgsql gives for an unreachable server.</summary>
public sealed class OutageSwitch : DbConnectionInterceptor
{
    public bool Down { get; set; }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Down ? throw new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) : base.ConnectionOpeningAsync(connection, eventData, result, cancellationToken);
}

public sealed class OutageTests(OutageFactory factory) : IClassFixture<OutageFactory>
{
    [Fact]
    public async Task While_the_database_is_unreachable_requests_answer_503_with_retry_after_and_then_recover()
    {
        var client = factory.CreateClient(apiKey: null);
        await Expect.StatusAsync(await client.GetAsync("/api/v1/provinces"), HttpStatusCode.OK);

        factory.Outage.Down = true;
        var during = await client.GetAsync("/api/v1/provinces");
        factory.Outage.Down = false;
        var after = await client.GetAsync("/api/v1/provinces");

        var problem = await Expect.ProblemAsync(during, HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.Equal("5", during.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("Socket", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Expect.StatusAsync(after, HttpStatusCode.OK);
    }
}

/// <summary>
/// What Npgsql throws for a multi-host connection string (scripts/cluster.sh) while no host can be the primary: the
/// primary is lost and the standby not yet promoted. The first attempt reaches no host (their errors gathered), the
/// next ones skip the hosts it found offline ("No suitable host was found."). Both are the database being
/// unavailable: 503 with Retry-After, never 500.
/// </summary>
public sealed class MultiHostOutageTests
{
    [Fact]
    public async Task Opening_a_multi_host_data_source_without_a_reachable_primary_is_database_unavailable()
    {
        var ports = new[] { ClosedPort(), ClosedPort() };
        await using var dataSource = new NpgsqlDataSourceBuilder(
            $"Host=127.0.0.1:{ports[0]},127.0.0.1:{ports[1]};Username=jipp;Target Session Attributes=primary;Timeout=2;Host Recheck Seconds=30").Build();

        var failures = new List<NpgsqlException>();
        for (var i = 0; i < 3; i++)
        {
            failures.Add(await Assert.ThrowsAnyAsync<NpgsqlException>(async () => await dataSource.OpenConnectionAsync()));
        }

        Assert.Contains(failures, f => f.InnerException is null && f.Message == "No suitable host was found.");
        Assert.All(failures, f => Assert.True(Jipp.Api.Errors.ProblemExceptionHandler.IsDatabaseUnavailable(f), $"{f.GetType().Name}: {f.Message} ({f.InnerException?.GetType().Name})"));
    }

    /// <summary>A port nothing listens on: bound and released again.</summary>
    private static int ClosedPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
