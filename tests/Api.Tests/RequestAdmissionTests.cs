using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Threading.RateLimiting;
using Jipp.Api.Admission;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests;

/// <summary>The service admitting one API read at a time, with room for one more to wait (ADR 33).</summary>
public sealed class OneAtATimeFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Admission:MaxConcurrentRequests", "1");
        builder.UseSetting("Jipp:Admission:QueueLimit", "1");
    }
}

/// <summary>
/// An instance works on a bounded number of API reads at once; the others wait their turn in arrival order, and beyond
/// the queue's limit a read is refused with 503 <c>unavailable</c> and <c>Retry-After</c>. Writes, health checks and
/// the open data export do not wait. The turn the tests hold is the one a read in progress would hold.
/// </summary>
public sealed class RequestAdmissionTests(OneAtATimeFactory factory) : IClassFixture<OneAtATimeFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(500);

    private RequestAdmission Admission => factory.Services.GetRequiredService<RequestAdmission>();

    [Fact]
    public async Task A_read_waits_while_the_instance_is_busy_and_is_answered_when_a_turn_frees()
    {
        var client = factory.CreateClient();
        Task<HttpResponseMessage> waiting;
        using (await TurnAsync())
        {
            waiting = await QueuedListAsync(client);
            await Task.Delay(Patience);
            Assert.False(waiting.IsCompleted, "the request did not wait for its turn");
            Assert.Equal(1, Admission.Waiting);
        }

        await Expect.StatusAsync(await waiting.WaitAsync(TimeSpan.FromSeconds(30)), HttpStatusCode.OK);
        Assert.Equal(0, Admission.Waiting);
    }

    [Fact]
    public async Task A_read_beyond_the_queue_is_refused_with_503_unavailable_and_Retry_After()
    {
        var client = factory.CreateClient();
        Task<HttpResponseMessage> queued;
        using (await TurnAsync())
        {
            queued = await QueuedListAsync(client);

            // Matchmaking is a POST that only reads: it waits (here: is refused) as the reads do.
            var refused = await client.PostAsJsonAsync("/api/v1/replication-matches", new { problem = "angka stunting balita tinggi dan posyandu kekurangan kader" });

            await Expect.ProblemAsync(refused, HttpStatusCode.ServiceUnavailable, "unavailable");
            Assert.Equal(RequestAdmissionMiddleware.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture), refused.Headers.RetryAfter?.ToString());
            Assert.False(queued.IsCompleted);
        }

        await Expect.StatusAsync(await queued.WaitAsync(TimeSpan.FromSeconds(30)), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Writes_do_not_wait_for_a_turn()
    {
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ApiFactoryBase.AdminKey);
        using var busy = await TurnAsync();

        var created = await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "Created while reads wait " + Guid.NewGuid().ToString("N"), role = "reader" })
            .WaitAsync(TimeSpan.FromSeconds(30));

        await Expect.StatusAsync(created, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Health_checks_and_the_open_data_export_never_wait_for_a_turn()
    {
        var client = factory.CreateClient();
        using var busy = await TurnAsync();

        var live = client.GetAsync("/health/live");
        var ready = client.GetAsync("/health/ready");
        var dictionary = client.GetAsync("/api/v1/open-data/innovations/dictionary");
        var export = client.GetAsync("/api/v1/open-data/innovations");

        await Expect.StatusAsync(await live.WaitAsync(TimeSpan.FromSeconds(30)), HttpStatusCode.OK);
        await Expect.StatusAsync(await ready.WaitAsync(TimeSpan.FromSeconds(30)), HttpStatusCode.OK);
        await Expect.StatusAsync(await dictionary.WaitAsync(TimeSpan.FromSeconds(30)), HttpStatusCode.OK);
        await Expect.StatusAsync(await export.WaitAsync(TimeSpan.FromSeconds(30)), HttpStatusCode.OK);
    }

    [Fact]
    public void Without_a_setting_an_instance_works_on_two_reads_per_processor_at_once()
    {
        var unset = new AdmissionOptions();

        Assert.Equal(2 * Environment.ProcessorCount, unset.EffectiveMaxConcurrentRequests);
        Assert.Equal(1, Admission.Limit);
    }

    /// <summary>The instance's one turn, held as a read in progress would hold it.</summary>
    private async Task<RateLimitLease> TurnAsync()
    {
        var lease = await Admission.AcquireAsync(CancellationToken.None);
        Assert.True(lease.IsAcquired);
        return lease;
    }

    /// <summary>A list read sent while the turn is held, once it waits in the queue.</summary>
    private async Task<Task<HttpResponseMessage>> QueuedListAsync(HttpClient client)
    {
        var answer = client.GetAsync("/api/v1/innovations?pageSize=1");
        await WaitUntilAsync(() => Admission.Waiting == 1);
        return answer;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the condition did not become true within 3 s");
    }
}
