using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

public sealed class CandidacyWorkflowTests(ApiFactory factory) : CandidacyTest(factory)
{
    private static readonly string[] InvitedProvinces = ["15", "18", "32", "34", "52", "64", "82"];

    [Fact]
    public async Task The_seven_provinces_invited_in_February_2023_are_seeded_as_invited()
    {
        var list = await Reader.GetFromJsonAsync<JsonElement>($"{Candidacies}?cohortYear=2023&state=invited&pageSize=100", Json);

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(InvitedProvinces, items.Select(c => c.GetProperty("provinceCode").GetString()!).Order());
        Assert.All(items, c =>
        {
            Assert.Equal("invited", c.GetProperty("state").GetString());
            Assert.Equal(2023, c.GetProperty("cohortYear").GetInt32());
            Assert.Equal("2023-02-13", c.GetProperty("invitation").GetProperty("meetingOn").GetString());
            Assert.Equal("virtual", c.GetProperty("invitation").GetProperty("format").GetString());
        });
    }

    [Fact]
    public async Task A_ministry_client_takes_Jambi_from_invited_to_a_designated_hub_through_the_api()
    {
        await PublishInnovationsInJambiAsync();

        var willing = await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = true, statementRef = "Surat Kesediaan 2023" });
        Assert.Equal("willing", willing.GetProperty("state").GetString());
        Assert.Equal("committed", (await ActAsync(Candidate, JambiCandidacyId, "commitment", new { signedOn = "2023-03-01", documentRef = "KB-5/2023" })).GetProperty("state").GetString());
        Assert.Equal("readinessSubmitted", (await ActAsync(Candidate, JambiCandidacyId, "readiness", FullReadiness())).GetProperty("state").GetString());

        var assessed = await AssessAsync();
        Assert.Equal("assessed", assessed.GetProperty("state").GetString());
        var record = assessed.GetProperty("trackRecord");
        Assert.Equal(10, record.GetProperty("publishedInnovations").GetInt32());
        Assert.Equal(3, record.GetProperty("regenciesWithInnovations").GetInt32());
        Assert.Equal(11, record.GetProperty("regenciesTotal").GetInt32());
        Assert.Equal(0.2727m, record.GetProperty("regencyCoverage").GetDecimal());
        Assert.All(assessed.GetProperty("assessment").GetProperty("criteria").EnumerateArray(), c => Assert.True(c.GetProperty("met").GetBoolean()));

        var designated = await ActAsync(Ministry, JambiCandidacyId, "designation", Designation);
        Assert.Equal("designated", designated.GetProperty("state").GetString());
        var hubId = designated.GetProperty("hubId").GetGuid();

        var hub = await Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/hubs/{hubId}", Json);
        Assert.Equal(JambiGovernmentId, hub.GetProperty("agencyId").GetGuid());
        Assert.Equal("15", hub.GetProperty("provinceCode").GetString());
        Assert.Equal("KepmenPANRB 250/2023", hub.GetProperty("decreeNumber").GetString());
        Assert.Equal("2023-08-17", hub.GetProperty("designatedOn").GetString());
        Assert.Equal(2023, hub.GetProperty("designationYear").GetInt32());
        Assert.Equal(["health", "education"], hub.GetProperty("leadingSectors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Universitas Jambi", Assert.Single(hub.GetProperty("partners").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(JambiCandidacyId, hub.GetProperty("candidacyId").GetGuid());
        Assert.Equal(hubId, (await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/provinces/15", Json)).GetProperty("hubId").GetGuid());
        Assert.Equal(16, (await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/hubs?pageSize=100", Json)).GetProperty("items").GetArrayLength());
        var innovations = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/innovations?provinceCode=15&pageSize=100", Json);
        Assert.All(innovations.GetProperty("items").EnumerateArray(), i => Assert.Equal(hubId, i.GetProperty("hubId").GetGuid()));

        var again = await Ministry.PostAsJsonAsync(Candidacies, new { agencyId = JambiGovernmentId, cohortYear = 2024 }, Json);
        await Expect.ProblemAsync(again, HttpStatusCode.Conflict, "candidacy.already_hub");
    }

    [Fact]
    public async Task Declining_the_invitation_ends_the_candidacy()
    {
        var declined = await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = false });

        Assert.Equal("declined", declined.GetProperty("state").GetString());
        Assert.False(declined.GetProperty("willingness").GetProperty("willing").GetBoolean());
    }

    [Fact]
    public async Task Shortlisting_computes_the_track_record_and_refuses_a_second_open_candidacy()
    {
        var aceh = await ProvincialGovernmentIdAsync("11");

        var response = await Ministry.PostAsJsonAsync(Candidacies, new { agencyId = aceh, cohortYear = 2024, notes = "Rekam jejak baik." }, Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("shortlisted", created.GetProperty("state").GetString());
        Assert.Equal("11", created.GetProperty("provinceCode").GetString());
        Assert.Equal(23, created.GetProperty("trackRecord").GetProperty("regenciesTotal").GetInt32());
        Assert.Equal($"/api/v1/hub-candidacies/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);

        var second = await Ministry.PostAsJsonAsync(Candidacies, new { agencyId = aceh, cohortYear = 2025 }, Json);
        await Expect.ProblemAsync(second, HttpStatusCode.Conflict, "candidacy.already_open");
        var seeded = await Ministry.PostAsJsonAsync(Candidacies, new { agencyId = JambiGovernmentId, cohortYear = 2024 }, Json);
        await Expect.ProblemAsync(seeded, HttpStatusCode.Conflict, "candidacy.already_open");
    }

    [Fact]
    public async Task After_a_withdrawal_the_agency_can_be_shortlisted_again()
    {
        await ActAsync(Candidate, JambiCandidacyId, "withdrawal", new { reason = "Fokus pada reformasi birokrasi tahun ini." });

        var response = await Ministry.PostAsJsonAsync(Candidacies, new { agencyId = JambiGovernmentId, cohortYear = 2024 }, Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        Assert.Equal("withdrawn", await StateAsync(JambiCandidacyId));
    }

    [Fact]
    public async Task A_province_hosting_a_hub_cannot_be_shortlisted()
    {
        var jatim = await ProvincialGovernmentIdAsync("35");

        var response = await Ministry.PostAsJsonAsync(Candidacies, new { agencyId = jatim, cohortYear = 2024 }, Json);

        await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "candidacy.already_hub");
    }

    [Fact]
    public async Task Only_provincial_governments_and_central_bodies_are_eligible()
    {
        var regency = (await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agencies?type=regencyGovernment&provinceCode=11&pageSize=1", Json)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var ministryAgency = (await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agencies?type=ministry", Json)).GetProperty("items")[0].GetProperty("id").GetGuid();

        await Expect.ProblemAsync(await Ministry.PostAsJsonAsync(Candidacies, new { agencyId = regency, cohortYear = 2024 }, Json), HttpStatusCode.Conflict, "candidacy.not_eligible");
        var central = await Ministry.PostAsJsonAsync(Candidacies, new { agencyId = ministryAgency, cohortYear = 2024 }, Json);
        await Expect.StatusAsync(central, HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, (await central.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("provinceCode").ValueKind);
    }

    public static TheoryData<string, string> ForbiddenTransitions => new()
    {
        { "invited", "invitation" },
        { "invited", "commitment" },
        { "invited", "readiness" },
        { "invited", "assessment" },
        { "invited", "designation" },
        { "willing", "willingness" },
        { "willing", "assessment" },
        { "readinessSubmitted", "designation" },
        { "readinessSubmitted", "commitment" },
        { "declined", "willingness" },
        { "declined", "rejection" },
        { "declined", "withdrawal" },
        { "designated", "rejection" },
        { "designated", "withdrawal" },
        { "designated", "assessment" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public async Task A_step_the_state_machine_does_not_allow_is_409_naming_the_state(string state, string action)
    {
        await SetPolicyAsync(minPublished: 0, minCoverage: 0);
        switch (state)
        {
            case "willing":
                await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = true });
                break;
            case "readinessSubmitted":
                await ToReadinessAsync();
                break;
            case "declined":
                await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = false });
                break;
            case "designated":
                await ToReadinessAsync();
                await AssessAsync();
                await ActAsync(Ministry, JambiCandidacyId, "designation", Designation);
                break;
        }

        object body = action switch
        {
            "invitation" => new { meetingOn = "2023-02-13", format = "virtual" },
            "willingness" => new { willing = true },
            "commitment" => new { signedOn = "2023-03-01", documentRef = "KB" },
            "readiness" => FullReadiness(),
            "assessment" => new { scores = new { commitment = 80, innovationPotential = 80, stakeholderSupport = 80 } },
            "designation" => Designation,
            _ => new { reason = "Alasan." },
        };
        var caller = action is "invitation" or "assessment" or "designation" or "rejection" ? Ministry : Candidate;

        var response = await caller.PostAsJsonAsync($"{Candidacies}/{JambiCandidacyId}/{action}", body, Json);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "invalid_transition");
        Assert.Contains(state, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(state, await StateAsync(JambiCandidacyId));
    }

    /// <summary>Ten published innovations in three of Jambi's eleven regencies and cities.</summary>
    private async Task PublishInnovationsInJambiAsync()
    {
        var regencies = (await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agencies?type=regencyGovernment&provinceCode=15&pageSize=3", Json))
            .GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        var sectors = new[] { "health", "education", "investment", "tourism" };
        for (var i = 0; i < 10; i++)
        {
            var owner = await ClientWithRoleAsync("agency", agencyId: regencies[i % 3]);
            var body = new
            {
                title = $"Inovasi Layanan Jambi {i}",
                unitName = "Dinas Kesehatan",
                summary = "Ringkasan inovasi.",
                problem = "Masalah layanan.",
                solution = "Solusi layanan.",
                novelty = "Kebaruan.",
                impact = "Dampak.",
                sector = sectors[i % sectors.Length],
                form = "publicService",
                digital = true,
                maturityStage = "trial",
                startedOn = "2022-05-01",
            };
            var created = await owner.PostAsJsonAsync("/api/v1/innovations", body, Json);
            await Expect.StatusAsync(created, HttpStatusCode.Created);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
            await Expect.StatusAsync(await owner.PostAsJsonAsync($"/api/v1/innovations/{id}/submission", new { }, Json), HttpStatusCode.OK);
            await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"/api/v1/innovations/{id}/verification", new { decision = "publish" }, Json), HttpStatusCode.OK);
        }
    }
}
