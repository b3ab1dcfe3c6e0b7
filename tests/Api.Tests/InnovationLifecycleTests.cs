using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

public sealed class InnovationLifecycleTests(ApiFactory factory) : InnovationTest(factory)
{
    [Fact]
    public async Task An_innovation_goes_from_draft_through_return_to_publication_and_archive()
    {
        var response = await Owner.PostAsJsonAsync(Innovations, Body(), Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/innovations/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        Assert.Equal(SurabayaId, draft.GetProperty("agencyId").GetGuid());
        Assert.Equal("35", draft.GetProperty("provinceCode").GetString());
        Assert.Equal("35.78", draft.GetProperty("regencyCode").GetString());
        Assert.Equal(JatimHubId, draft.GetProperty("hubId").GetGuid());
        Assert.Equal(0, draft.GetProperty("replicationCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("publishedAt").ValueKind);

        var edited = Body(title: "Perizinan Online Terpadu Surabaya");
        var updated = await Owner.PutAsJsonAsync($"{Innovations}/{id}", edited, Json);
        await Expect.StatusAsync(updated, HttpStatusCode.OK);
        Assert.Equal("Perizinan Online Terpadu Surabaya", (await updated.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("title").GetString());

        Assert.Equal("submitted", (await ActAsync(Owner, id, "submission")).GetProperty("state").GetString());
        var returned = await ActAsync(JatimHub, id, "verification", new { decision = "return", notes = "Tambahkan data dampak." });
        Assert.Equal("returned", returned.GetProperty("state").GetString());
        Assert.Equal("return", returned.GetProperty("lastVerification").GetProperty("decision").GetString());
        Assert.Equal("Tambahkan data dampak.", returned.GetProperty("lastVerification").GetProperty("notes").GetString());

        await Expect.StatusAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", edited, Json), HttpStatusCode.OK);
        await ActAsync(Owner, id, "submission");
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{Innovations}/{id}"), HttpStatusCode.NotFound, "not_found");

        var published = await ActAsync(Ministry, id, "verification", new { decision = "publish" });
        Assert.Equal("published", published.GetProperty("state").GetString());
        Assert.EndsWith("Z", published.GetProperty("publishedAt").GetString(), StringComparison.Ordinal);
        var seen = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}", Json);
        Assert.Equal("Perizinan Online Terpadu Surabaya", seen.GetProperty("title").GetString());

        Assert.Equal("archived", (await ActAsync(Owner, id, "archival")).GetProperty("state").GetString());
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{Innovations}/{id}"), HttpStatusCode.NotFound, "not_found");
        Assert.Equal("archived", await StateOfAsync(id));
    }

    [Fact]
    public async Task The_ministry_registers_for_a_named_agency_and_may_archive()
    {
        var body = Body();
        body["agencyId"] = SurabayaId;

        var response = await Ministry.PostAsJsonAsync(Innovations, body, Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        Assert.Equal("archived", (await ActAsync(Ministry, id, "archival")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_innovation_of_a_province_without_a_hub_has_no_hub()
    {
        var agency = await ProvincialGovernmentIdAsync("11");
        var client = await ClientWithRoleAsync("agency", agencyId: agency);

        var response = await client.PostAsJsonAsync(Innovations, Body(), Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("11", created.GetProperty("provinceCode").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("regencyCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("hubId").ValueKind);
    }

    public static TheoryData<string, string> ForbiddenTransitions => new()
    {
        { "draft", "verification" },
        { "submitted", "update" },
        { "submitted", "submission" },
        { "submitted", "archival" },
        { "returned", "verification" },
        { "published", "update" },
        { "published", "submission" },
        { "published", "verification" },
        { "archived", "update" },
        { "archived", "submission" },
        { "archived", "verification" },
        { "archived", "archival" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public async Task A_transition_the_state_machine_does_not_allow_is_409_naming_the_state(string state, string action)
    {
        var id = await InStateAsync(state);

        // The owner acts, except for verification, which is the ministry's.
        var response = action switch
        {
            "update" => await Owner.PutAsJsonAsync($"{Innovations}/{id}", Body(), Json),
            "verification" => await Ministry.PostAsJsonAsync($"{Innovations}/{id}/verification", new { decision = "publish" }, Json),
            _ => await Owner.PostAsJsonAsync($"{Innovations}/{id}/{action}", new { }, Json),
        };

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "invalid_transition");
        Assert.Contains(state, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(state, await StateOfAsync(id));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("returned")]
    [InlineData("published")]
    public async Task Draft_returned_and_published_innovations_can_be_archived(string state)
    {
        var id = await InStateAsync(state);

        Assert.Equal("archived", (await ActAsync(Owner, id, "archival")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Returning_without_notes_is_400_and_changes_nothing()
    {
        var id = await InStateAsync("submitted");

        foreach (var body in new object[] { new { decision = "return" }, new { decision = "return", notes = "   " } })
        {
            var response = await Ministry.PostAsJsonAsync($"{Innovations}/{id}/verification", body, Json);
            await Expect.ValidationProblemAsync(response, "notes");
        }

        Assert.Equal("submitted", await StateOfAsync(id));
    }

    [Theory]
    [InlineData("""{"decision":"approve"}""", "decision")]
    [InlineData("""{"notes":"x"}""", "decision")]
    [InlineData("""{"decision":"publish","state":"published"}""", "state")]
    public async Task Bad_verification_bodies_are_400(string body, string field)
    {
        var id = await InStateAsync("submitted");

        var response = await Ministry.PostAsync($"{Innovations}/{id}/verification", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal("submitted", await StateOfAsync(id));
    }
}
