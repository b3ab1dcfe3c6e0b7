using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API7:2023 Server Side Request Forgery: the only URLs callers give the service are
/// evidence links. Only absolute <c>https</c> links are accepted, and they are stored and shown,
/// never fetched: a link to a listener on this machine sees no connection while the innovation is
/// registered, updated, submitted, published, read, listed and replicated.
/// </summary>
public sealed class API7_ServerSideRequestForgeryTests(ApiFactory factory) : InnovationTest(factory)
{
    [Theory]
    [InlineData("http://surabaya.go.id/inovasi")]
    [InlineData("ftp://surabaya.go.id/bukti.pdf")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1:25/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//surabaya.go.id/inovasi")]
    [InlineData("/api/v1/api-clients")]
    [InlineData("https://admin:secret@surabaya.go.id/")]
    [InlineData("https://")]
    public async Task Evidence_links_other_than_absolute_https_are_refused(string link)
    {
        var body = Body();
        body["evidenceLinks"] = new[] { link };

        var response = await Owner.PostAsJsonAsync(Innovations, body, Json);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("evidenceLinks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evidence_links_are_never_fetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var links = new[] { $"https://127.0.0.1:{port}/bukti", $"https://localhost:{port}/metadata" };
        var body = Body();
        body["evidenceLinks"] = links;

        var created = await Owner.PostAsJsonAsync(Innovations, body, Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await Expect.StatusAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", body, Json), HttpStatusCode.OK);
        await ActAsync(Owner, id, "submission");
        await ActAsync(Ministry, id, "verification", new { decision = "publish" });
        var shown = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}", Json);
        await Anonymous.GetStringAsync($"{Innovations}?q=perizinan");
        var requester = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("51"));
        await Expect.StatusAsync(await requester.PostAsJsonAsync("/api/v1/replication-requests", new { innovationId = id, motivation = "Kami ingin menirunya.", plannedStartOn = "2024-01-15" }, Json), HttpStatusCode.Created);

        Assert.Equal(links, shown.GetProperty("evidenceLinks").EnumerateArray().Select(l => l.GetString()));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(listener.Pending(), "the service connected to an evidence link");
    }
}
