using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jipp.Api.Tests.Infrastructure;

/// <summary>
/// Base of the onboarding tests: the seeded 2023 candidacy of Jambi (province 15, invited), with
/// clients for Jambi's government, another province's government, a hub and a reader.
/// </summary>
public abstract class CandidacyTest(ApiFactory factory) : ApiTest(factory)
{
    protected const string Candidacies = "/api/v1/hub-candidacies";

    protected Guid JambiGovernmentId { get; private set; }

    protected Guid JambiCandidacyId { get; private set; }

    protected HttpClient Candidate { get; private set; } = null!;

    protected HttpClient OtherAgency { get; private set; } = null!;

    protected HttpClient HubClient { get; private set; } = null!;

    protected HttpClient Reader { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        JambiGovernmentId = await ProvincialGovernmentIdAsync("15");
        var seeded = await Ministry.GetFromJsonAsync<JsonElement>($"{Candidacies}?cohortYear=2023&pageSize=100", Json);
        JambiCandidacyId = seeded.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("provinceCode").GetString() == "15").GetProperty("id").GetGuid();
        Candidate = await ClientWithRoleAsync("agency", agencyId: JambiGovernmentId);
        OtherAgency = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("18"));
        HubClient = await ClientWithRoleAsync("hub", hubId: await AnyHubIdAsync());
        Reader = await ClientWithRoleAsync("reader");
    }

    protected static object FullReadiness(
        string? regulationRef = "Pergub Jambi No. 12 Tahun 2023",
        string[]? leadingSectors = null,
        string? liaison = "Kepala Biro Organisasi Setda Provinsi Jambi",
        object[]? partners = null) => new
    {
        leadershipCommitment = new { regulationRef, budgetAllocated = true, innovationUnit = true },
        leadingSectors = leadingSectors ?? ["health", "education"],
        bureaucracyLiaison = new { name = liaison, position = "Kepala Biro" },
        partners = partners ?? [new { name = "Universitas Jambi", type = "university", supportStatementRef = "UNJA/SD/2023/017" }],
    };

    protected static async Task<JsonElement> ActAsync(HttpClient client, Guid id, string action, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"{Candidacies}/{id}/{action}", body, Json);
        await Expect.StatusAsync(response, expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    /// <summary>Takes the seeded invited candidacy through willingness and commitment to readiness.</summary>
    protected async Task ToReadinessAsync(object? readiness = null)
    {
        await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = true, statementRef = "Surat Kesediaan Gubernur Jambi 2023" });
        await ActAsync(Candidate, JambiCandidacyId, "commitment", new { signedOn = "2023-03-01", documentRef = "Komitmen Bersama No. 5/2023" });
        await ActAsync(Candidate, JambiCandidacyId, "readiness", readiness ?? FullReadiness());
    }

    protected Task<JsonElement> AssessAsync(int commitment = 80, int potential = 80, int support = 80) =>
        ActAsync(Ministry, JambiCandidacyId, "assessment", new { scores = new { commitment, innovationPotential = potential, stakeholderSupport = support }, notes = "Penilaian tim." });

    protected async Task SetPolicyAsync(int minScore = 70, int minPublished = 10, decimal minCoverage = 0.25m, int minPartners = 1)
    {
        var response = await Ministry.PutAsJsonAsync("/api/v1/cohorts/2023/policy", new { minScore, minPublishedInnovations = minPublished, minRegencyCoverage = minCoverage, minPartners }, Json);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
    }

    protected async Task<string> StateAsync(Guid id) =>
        (await Ministry.GetFromJsonAsync<JsonElement>($"{Candidacies}/{id}", Json)).GetProperty("state").GetString()!;

    protected static object Designation => new { decreeNumber = "KepmenPANRB 250/2023", designatedOn = "2023-08-17" };
}
