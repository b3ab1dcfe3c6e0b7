using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

/// <summary>The ministry drives the process; the candidate answers, commits, submits readiness and withdraws; readers read.</summary>
public sealed class CandidacyAccessTests(ApiFactory factory) : CandidacyTest(factory)
{
    private HttpClient Caller(string who) => who switch
    {
        "anonymous" => Anonymous,
        "reader" => Reader,
        "hub" => HubClient,
        "otherAgency" => OtherAgency,
        "candidate" => Candidate,
        "ministry" => Ministry,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("hub", 403)]
    [InlineData("candidate", 403)]
    [InlineData("ministry", 201)]
    public async Task Shortlisting(string who, int status)
    {
        var aceh = await ProvincialGovernmentIdAsync("11");

        var response = await Caller(who).PostAsJsonAsync(Candidacies, new { agencyId = aceh, cohortYear = 2024 }, Json);

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("hub", 403)]
    [InlineData("otherAgency", 404)]
    [InlineData("candidate", 200)]
    [InlineData("ministry", 200)]
    public async Task Answering_the_invitation(string who, int status)
    {
        var response = await Caller(who).PostAsJsonAsync($"{Candidacies}/{JambiCandidacyId}/willingness", new { willing = true }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "willing" : "invited", await StateAsync(JambiCandidacyId));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("hub", 403)]
    [InlineData("ministry", 403)]
    [InlineData("otherAgency", 404)]
    [InlineData("candidate", 200)]
    public async Task Recording_the_commitment(string who, int status)
    {
        await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = true });

        var response = await Caller(who).PostAsJsonAsync($"{Candidacies}/{JambiCandidacyId}/commitment", new { signedOn = "2023-03-01", documentRef = "KB" }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "committed" : "willing", await StateAsync(JambiCandidacyId));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("hub", 403)]
    [InlineData("ministry", 403)]
    [InlineData("otherAgency", 404)]
    [InlineData("candidate", 200)]
    public async Task Submitting_readiness(string who, int status)
    {
        await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = true });
        await ActAsync(Candidate, JambiCandidacyId, "commitment", new { signedOn = "2023-03-01", documentRef = "KB" });

        var response = await Caller(who).PostAsJsonAsync($"{Candidacies}/{JambiCandidacyId}/readiness", FullReadiness(), Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "readinessSubmitted" : "committed", await StateAsync(JambiCandidacyId));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("hub", 403)]
    [InlineData("ministry", 403)]
    [InlineData("otherAgency", 404)]
    [InlineData("candidate", 200)]
    public async Task Withdrawing(string who, int status)
    {
        var response = await Caller(who).PostAsJsonAsync($"{Candidacies}/{JambiCandidacyId}/withdrawal", new { reason = "Alasan." }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "withdrawn" : "invited", await StateAsync(JambiCandidacyId));
    }

    public static TheoryData<string, string> MinistryOnlySteps => new()
    {
        { "invitation", """{"meetingOn":"2023-02-13","format":"virtual"}""" },
        { "assessment", """{"scores":{"commitment":80,"innovationPotential":80,"stakeholderSupport":80}}""" },
        { "designation", """{"decreeNumber":"KepmenPANRB 1/2023","designatedOn":"2023-08-17"}""" },
        { "rejection", """{"reason":"Belum siap."}""" },
    };

    [Theory]
    [MemberData(nameof(MinistryOnlySteps))]
    public async Task Ministry_steps_refuse_every_other_caller(string action, string body)
    {
        foreach (var (who, status) in new[] { ("anonymous", 401), ("reader", 403), ("hub", 403), ("candidate", 403), ("otherAgency", 403) })
        {
            var response = await Caller(who).PostAsync($"{Candidacies}/{JambiCandidacyId}/{action}", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(status == (int)response.StatusCode, $"{who} {action}: {(int)response.StatusCode}");
        }

        Assert.Equal("invited", await StateAsync(JambiCandidacyId));
    }

    [Fact]
    public async Task The_ministry_rejects_an_open_candidacy()
    {
        var rejected = await ActAsync(Ministry, JambiCandidacyId, "rejection", new { reason = "Belum memenuhi kesiapan." });

        Assert.Equal("rejected", rejected.GetProperty("state").GetString());
        Assert.Equal("Belum memenuhi kesiapan.", rejected.GetProperty("rejection").GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("anonymous", 401, -1)]
    [InlineData("hub", 403, -1)]
    [InlineData("reader", 200, 7)]
    [InlineData("ministry", 200, 7)]
    [InlineData("candidate", 200, 1)]
    [InlineData("otherAgency", 200, 1)]
    public async Task Who_reads_candidacies(string who, int status, int count)
    {
        var list = await Caller(who).GetAsync($"{Candidacies}?pageSize=100");
        var detail = await Caller(who).GetAsync($"{Candidacies}/{JambiCandidacyId}");

        Assert.Equal(status, (int)list.StatusCode);
        if (status == 200)
        {
            var items = (await list.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("items");
            Assert.Equal(count, items.GetArrayLength());
            var seesJambi = who != "otherAgency";
            Assert.Equal(seesJambi ? 200 : 404, (int)detail.StatusCode);
        }
        else
        {
            Assert.Equal(status, (int)detail.StatusCode);
        }
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("hub", 403)]
    [InlineData("candidate", 403)]
    [InlineData("ministry", 200)]
    public async Task Setting_a_cohort_policy(string who, int status)
    {
        var response = await Caller(who).PutAsJsonAsync("/api/v1/cohorts/2023/policy", new { minScore = 60, minPublishedInnovations = 5, minRegencyCoverage = 0.1m, minPartners = 1 }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        var policy = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cohorts/2023/policy", Json);
        Assert.Equal(status == 200 ? 60 : 70, policy.GetProperty("minScore").GetInt32());
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("hub", 403)]
    [InlineData("candidate", 403)]
    [InlineData("ministry", 204)]
    public async Task Resetting_a_cohort_policy(string who, int status)
    {
        await Expect.StatusAsync(await Ministry.PutAsJsonAsync("/api/v1/cohorts/2023/policy", new { minScore = 60, minPublishedInnovations = 5, minRegencyCoverage = 0.1m, minPartners = 1 }, Json), HttpStatusCode.OK);

        var response = await Caller(who).DeleteAsync("/api/v1/cohorts/2023/policy");

        Assert.Equal(status, (int)response.StatusCode);
        var policy = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cohorts/2023/policy", Json);
        Assert.Equal(status == 204 ? 70 : 60, policy.GetProperty("minScore").GetInt32());
    }

    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        { "willingness", """{"statementRef":"x"}""", "willing" },
        { "willingness", """{"willing":"yes"}""", "willing" },
        { "commitment", """{"signedOn":"2023-03-01"}""", "documentRef" },
        { "commitment", """{"signedOn":"2999-01-01","documentRef":"KB"}""", "signedOn" },
        { "readiness", """{"leadingSectors":["space"]}""", "leadingSectors[0]" },
        { "readiness", """{"leadingSectors":["health","education","tourism","investment","transportation","agriculture"]}""", "leadingSectors" },
        { "readiness", """{"leadingSectors":["health","health"]}""", "leadingSectors" },
        { "readiness", """{"partners":[{"name":"Universitas Jambi"}]}""", "partners[0].type" },
        { "readiness", """{"partners":[{"type":"university"}]}""", "partners[0].name" },
        { "readiness", """{"partners":[{"agencyId":"0195e1a2-0000-7000-8000-000000000000"}]}""", "partners[0].agencyId" },
        { "readiness", """{"state":"assessed"}""", "state" },
        { "withdrawal", """{"reason":""}""", "reason" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Malformed_candidate_bodies_are_400_and_change_nothing(string action, string body, string field)
    {
        if (action is "commitment" or "readiness")
        {
            await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = true });
        }

        if (action == "readiness")
        {
            await ActAsync(Candidate, JambiCandidacyId, "commitment", new { signedOn = "2023-03-01", documentRef = "KB" });
        }

        var before = await StateAsync(JambiCandidacyId);

        var response = await Candidate.PostAsync($"{Candidacies}/{JambiCandidacyId}/{action}", new StringContent(body, Encoding.UTF8, "application/json"));

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal(before, await StateAsync(JambiCandidacyId));
    }

    [Theory]
    [InlineData("""{"agencyId":"0195e1a2-0000-7000-8000-000000000000","cohortYear":2024}""", "agencyId")]
    [InlineData("""{"cohortYear":2024}""", "agencyId")]
    [InlineData("""{"agencyId":"AGENCY","cohortYear":1990}""", "agencyId")]
    [InlineData("""{"agencyId":"0195e1a2-0000-7000-8000-000000000000","cohortYear":1990}""", "cohortYear")]
    [InlineData("""{"agencyId":"0195e1a2-0000-7000-8000-000000000000","cohortYear":2024,"state":"designated"}""", "state")]
    public async Task Malformed_shortlistings_are_400(string body, string field)
    {
        var response = await Ministry.PostAsync(Candidacies, new StringContent(body, Encoding.UTF8, "application/json"));

        await Expect.ValidationProblemAsync(response, field);
    }

    [Theory]
    [InlineData("cohortYear=abc", "cohortYear")]
    [InlineData("state=finished", "state")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("cursor=x", "cursor")]
    public async Task Bad_list_parameters_are_400(string query, string field)
    {
        var response = await Ministry.GetAsync($"{Candidacies}?{query}");

        await Expect.ValidationProblemAsync(response, field);
    }
}
