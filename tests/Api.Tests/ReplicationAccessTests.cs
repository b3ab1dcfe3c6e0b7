using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

/// <summary>The requester submits, completes and cancels; the owner agrees; the facilitating hub or ministry verifies.</summary>
public sealed class ReplicationAccessTests(ApiFactory factory) : ReplicationTest(factory)
{
    private HttpClient Caller(string who) => who switch
    {
        "anonymous" => Anonymous,
        "reader" => Reader,
        "requester" => Requester,
        "owner" => Owner,
        "facilitator" => BaliHub,
        "otherHub" => JatimHub,
        "ministry" => Ministry,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("facilitator", 403)]
    [InlineData("requester", 201)]
    public async Task Requesting(string who, int status)
    {
        var response = await RequestAsync(Caller(who));

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task The_ministry_requests_for_a_named_agency_but_an_agency_only_for_itself()
    {
        await Expect.ValidationProblemAsync(await RequestAsync(Ministry), "requesterAgencyId");
        await Expect.ProblemAsync(await RequestAsync(Owner, requesterAgencyId: BaliGovernmentId), HttpStatusCode.Forbidden, "forbidden");
        await Expect.StatusAsync(await RequestAsync(Ministry, requesterAgencyId: BaliGovernmentId), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("requester", 403)]
    [InlineData("owner", 403)]
    [InlineData("otherHub", 404)]
    [InlineData("facilitator", 200)]
    [InlineData("ministry", 200)]
    public async Task Verifying(string who, int status)
    {
        var id = await RequestInStateAsync("submitted");

        var response = await Caller(who).PostAsJsonAsync($"{Requests}/{id}/verification", new { approved = true }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "verified" : "submitted", await RequestStateAsync(id));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("facilitator", 403)]
    [InlineData("ministry", 403)]
    [InlineData("requester", 403)]
    [InlineData("owner", 200)]
    public async Task Agreeing(string who, int status)
    {
        var id = await RequestInStateAsync("verified");

        var response = await Caller(who).PostAsJsonAsync($"{Requests}/{id}/agreement", new { agreedOn = "2024-01-20", documentRef = "PKS" }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "agreed" : "verified", await RequestStateAsync(id));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("requester", 403)]
    [InlineData("otherHub", 404)]
    [InlineData("facilitator", 200)]
    [InlineData("owner", 200)]
    [InlineData("ministry", 200)]
    public async Task Recording_mentoring(string who, int status)
    {
        var id = await RequestInStateAsync("agreed");

        var response = await Caller(who).PostAsJsonAsync($"{Requests}/{id}/mentoring-sessions", Mentoring, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "inImplementation" : "agreed", await RequestStateAsync(id));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("facilitator", 403)]
    [InlineData("ministry", 403)]
    [InlineData("owner", 403)]
    [InlineData("requester", 200)]
    public async Task Completing(string who, int status)
    {
        var id = await RequestInStateAsync("inImplementation");

        var response = await Caller(who).PostAsJsonAsync($"{Requests}/{id}/completion", new { completedOn = "2024-06-30", resultsSummary = "Selesai." }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "completed" : "inImplementation", await RequestStateAsync(id));
        Assert.Equal(status == 200 ? 1 : 0, await Factory.WithDbAsync(db => db.Innovations.CountAsync(i => i.ReplicatedFromId == InnovationId)));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("facilitator", 403)]
    [InlineData("ministry", 403)]
    [InlineData("owner", 403)]
    [InlineData("requester", 200)]
    public async Task Cancelling(string who, int status)
    {
        var id = await RequestInStateAsync("verified");

        var response = await Caller(who).PostAsJsonAsync($"{Requests}/{id}/cancellation", new { reason = "Prioritas berubah." }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "cancelled" : "verified", await RequestStateAsync(id));
    }

    [Theory]
    [InlineData("anonymous", 401, false)]
    [InlineData("reader", 200, true)]
    [InlineData("ministry", 200, true)]
    [InlineData("requester", 200, true)]
    [InlineData("owner", 200, true)]
    [InlineData("facilitator", 200, true)]
    [InlineData("otherHub", 200, false)]
    public async Task Who_reads_a_request(string who, int status, bool sees)
    {
        var id = await RequestInStateAsync("submitted");
        var stranger = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("11"));

        var list = await Caller(who).GetAsync($"{Requests}?pageSize=100");
        var detail = await Caller(who).GetAsync($"{Requests}/{id}");

        Assert.Equal(status, (int)list.StatusCode);
        if (status == 200)
        {
            var ids = (await list.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid());
            Assert.Equal(sees, ids.Contains(id));
            Assert.Equal(sees ? 200 : 404, (int)detail.StatusCode);
        }

        await Expect.ProblemAsync(await stranger.GetAsync($"{Requests}/{id}"), HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("""{"innovationId":"0195e1a2-0000-7000-8000-000000000000","motivation":"x","plannedStartOn":"2024-01-15"}""", "innovationId")]
    [InlineData("""{"innovationId":"{innovation}","motivation":"","plannedStartOn":"2024-01-15"}""", "motivation")]
    [InlineData("""{"innovationId":"{innovation}","motivation":"x"}""", "plannedStartOn")]
    [InlineData("""{"innovationId":"{innovation}","motivation":"x","plannedStartOn":"2024-01-15","state":"completed"}""", "state")]
    [InlineData("""{"innovationId":"{innovation}","motivation":"x","plannedStartOn":"2024-01-15","facilitatingHubId":"0195e1a2-0000-7000-8000-000000000000"}""", "facilitatingHubId")]
    public async Task Malformed_requests_are_400_and_create_nothing(string body, string field)
    {
        var response = await Requester.PostAsync(Requests, new StringContent(body.Replace("{innovation}", InnovationId.ToString(), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.ReplicationRequests.CountAsync()));
    }

    [Theory]
    [InlineData("mentoring-sessions", """{"heldOn":"2024-02-01","format":"virtual","topics":[]}""", "topics")]
    [InlineData("mentoring-sessions", """{"heldOn":"2999-02-01","format":"virtual","topics":["x"]}""", "heldOn")]
    [InlineData("mentoring-sessions", """{"heldOn":"2024-02-01","format":"hybrid","topics":["x"]}""", "format")]
    public async Task Malformed_mentoring_sessions_are_400(string action, string body, string field)
    {
        var id = await RequestInStateAsync("agreed");

        var response = await Ministry.PostAsync($"{Requests}/{id}/{action}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal("agreed", await RequestStateAsync(id));
    }

    [Theory]
    [InlineData("state=done", "state")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("innovationId=abc", "innovationId")]
    public async Task Bad_list_parameters_are_400(string query, string field)
    {
        await Expect.ValidationProblemAsync(await Ministry.GetAsync($"{Requests}?{query}"), field);
    }
}
