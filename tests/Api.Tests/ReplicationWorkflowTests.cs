using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

public sealed class ReplicationWorkflowTests(ApiFactory factory) : ReplicationTest(factory)
{
    [Fact]
    public async Task An_agency_replicates_a_published_innovation_with_the_hubs_mentoring_and_gets_a_draft_adaptation()
    {
        var created = await RequestAsync(Requester);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var request = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        var id = request.GetProperty("id").GetGuid();
        Assert.Equal("submitted", request.GetProperty("state").GetString());
        Assert.Equal(BaliGovernmentId, request.GetProperty("requesterAgencyId").GetGuid());
        Assert.Equal(SurabayaId, request.GetProperty("ownerAgencyId").GetGuid());
        Assert.Equal(BaliHubId, request.GetProperty("facilitatingHubId").GetGuid());
        Assert.Equal($"/api/v1/replication-requests/{id}", created.Headers.Location?.OriginalString);

        Assert.Equal("verified", (await StepAsync(BaliHub, id, "verification", new { approved = true, notes = "Sesuai kebutuhan daerah." })).GetProperty("state").GetString());
        Assert.Equal("agreed", (await StepAsync(Owner, id, "agreement", new { agreedOn = "2024-01-20", documentRef = "PKS 12/2024" })).GetProperty("state").GetString());
        var mentored = await StepAsync(BaliHub, id, "mentoring-sessions", Mentoring);
        Assert.Equal("inImplementation", mentored.GetProperty("state").GetString());
        var second = await StepAsync(Owner, id, "mentoring-sessions", new { heldOn = "2024-03-01", format = "inPerson", topics = new[] { "Evaluasi" } });
        Assert.Equal("inImplementation", second.GetProperty("state").GetString());
        Assert.Equal(2, second.GetProperty("mentoringSessions").GetArrayLength());

        var completed = await StepAsync(Requester, id, "completion", new { completedOn = "2024-06-30", resultsSummary = "Perizinan selesai dalam 3 hari." });
        Assert.Equal("completed", completed.GetProperty("state").GetString());
        var adaptationId = completed.GetProperty("resultInnovationId").GetGuid();

        var adaptation = await Requester.GetFromJsonAsync<JsonElement>($"{V1}/innovations/{adaptationId}", Json);
        Assert.Equal("draft", adaptation.GetProperty("state").GetString());
        Assert.Equal(BaliGovernmentId, adaptation.GetProperty("agencyId").GetGuid());
        Assert.Equal(InnovationId, adaptation.GetProperty("replicatedFromId").GetGuid());
        Assert.Equal("51", adaptation.GetProperty("provinceCode").GetString());
        Assert.Equal(BaliHubId, adaptation.GetProperty("hubId").GetGuid());
        var original = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/innovations/{InnovationId}", Json);
        Assert.Equal(original.GetProperty("title").GetString(), adaptation.GetProperty("title").GetString());
        Assert.Equal(original.GetProperty("solution").GetString(), adaptation.GetProperty("solution").GetString());
        Assert.Equal(1, original.GetProperty("replicationCount").GetInt32());
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{V1}/innovations/{adaptationId}"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_facilitating_hub_is_the_requesters_else_the_owners_else_none()
    {
        var acehGovernment = await ProvincialGovernmentIdAsync("11");
        var aceh = await ClientWithRoleAsync("agency", agencyId: acehGovernment);
        var papua = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("91"));
        var acehBody = Body(title: "Layanan Aceh");
        var acehClientInnovation = await aceh.PostAsJsonAsync($"{V1}/innovations", acehBody, Json);
        var acehInnovation = (await acehClientInnovation.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await Expect.StatusAsync(await aceh.PostAsJsonAsync($"{V1}/innovations/{acehInnovation}/submission", new { }, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/innovations/{acehInnovation}/verification", new { decision = "publish" }, Json), HttpStatusCode.OK);

        async Task<JsonElement> Facilitator(HttpClient client, Guid innovation)
        {
            var response = await RequestAsync(client, innovation);
            await Expect.StatusAsync(response, HttpStatusCode.Created);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("facilitatingHubId");
        }

        Assert.Equal(BaliHubId, (await Facilitator(Requester, InnovationId)).GetGuid());
        Assert.Equal(JatimHubId, (await Facilitator(aceh, InnovationId)).GetGuid());
        Assert.Equal(JsonValueKind.Null, (await Facilitator(papua, acehInnovation)).ValueKind);
    }

    [Fact]
    public async Task Only_published_replicable_innovations_of_others_can_be_requested()
    {
        var draft = await InStateAsync("draft");
        var notReplicable = Body(title: "Tidak untuk replikasi");
        notReplicable["replicable"] = false;
        var closed = await InStateAsync("published", notReplicable);

        await Expect.ProblemAsync(await RequestAsync(Requester, draft), HttpStatusCode.Conflict, "replication.not_published");
        await Expect.ProblemAsync(await RequestAsync(Requester, closed), HttpStatusCode.Conflict, "replication.not_replicable");
        await Expect.ProblemAsync(await RequestAsync(Owner), HttpStatusCode.Conflict, "replication.own_innovation");
        Assert.Equal(0, await Factory.WithDbAsync(db => db.ReplicationRequests.CountAsync()));
    }

    [Fact]
    public async Task One_open_request_per_requester_and_innovation_until_it_ends()
    {
        var first = await SubmittedAsync();

        await Expect.ProblemAsync(await RequestAsync(Requester), HttpStatusCode.Conflict, "replication.duplicate_open_request");
        await StepAsync(Requester, first, "cancellation", new { reason = "Salah isi." });
        await Expect.StatusAsync(await RequestAsync(Requester), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_duplicate_requests_create_exactly_one()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ClientWithRoleAsync("agency", agencyId: BaliGovernmentId)));

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => RequestAsync(clients[i % clients.Length])));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await Expect.ProblemAsync(refused, HttpStatusCode.Conflict, "replication.duplicate_open_request");
        }

        Assert.Equal(1, await Factory.WithDbAsync(db => db.ReplicationRequests.CountAsync()));
    }

    [Fact]
    public async Task Completion_needs_a_mentoring_session()
    {
        var id = await RequestInStateAsync("agreed");

        var response = await Requester.PostAsJsonAsync($"{Requests}/{id}/completion", new { completedOn = "2024-06-30", resultsSummary = "Selesai." }, Json);

        await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "replication.no_mentoring");
        Assert.Equal("agreed", await RequestStateAsync(id));
        Assert.Equal(0, (await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/innovations/{InnovationId}", Json)).GetProperty("replicationCount").GetInt32());
    }

    [Fact]
    public async Task A_rejected_request_ends_and_a_new_one_may_follow()
    {
        var id = await RequestInStateAsync("rejected");

        Assert.Equal("rejected", await RequestStateAsync(id));
        await Expect.StatusAsync(await RequestAsync(Requester), HttpStatusCode.Created);
    }

    public static TheoryData<string, string> ForbiddenTransitions => new()
    {
        { "submitted", "agreement" },
        { "submitted", "mentoring-sessions" },
        { "submitted", "completion" },
        { "verified", "verification" },
        { "verified", "mentoring-sessions" },
        { "agreed", "agreement" },
        { "inImplementation", "verification" },
        { "rejected", "verification" },
        { "rejected", "cancellation" },
        { "cancelled", "cancellation" },
        { "cancelled", "agreement" },
        { "completed", "cancellation" },
        { "completed", "completion" },
        { "completed", "mentoring-sessions" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public async Task A_step_the_state_machine_does_not_allow_is_409_naming_the_state(string state, string action)
    {
        var id = await RequestInStateAsync(state);
        var (client, body) = action switch
        {
            "verification" => (Ministry, (object)new { approved = true }),
            "agreement" => (Owner, new { agreedOn = "2024-01-20", documentRef = "PKS" }),
            "mentoring-sessions" => (Ministry, Mentoring),
            "completion" => (Requester, new { completedOn = "2024-06-30", resultsSummary = "Selesai." }),
            _ => (Requester, new { reason = "Alasan." }),
        };

        var response = await client.PostAsJsonAsync($"{Requests}/{id}/{action}", body, Json);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "invalid_transition");
        Assert.Contains(state, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(state, await RequestStateAsync(id));
    }
}
