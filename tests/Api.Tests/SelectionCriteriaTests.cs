using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

/// <summary>The ministry's three criteria, judged at assessment and enforced again at designation.</summary>
public sealed class SelectionCriteriaTests(ApiFactory factory) : CandidacyTest(factory)
{
    public static TheoryData<string, string[]> UnmetCases => new()
    {
        { "no regulation reference", ["commitment"] },
        { "no leading sector", ["innovationPotential"] },
        { "no supporter outside government", ["stakeholderSupport"] },
        { "no bureaucracy liaison", ["stakeholderSupport"] },
        { "low commitment score", ["commitment"] },
        { "every score low", ["commitment", "innovationPotential", "stakeholderSupport"] },
        { "nothing evidenced", ["commitment", "innovationPotential", "stakeholderSupport"] },
    };

    [Theory]
    [MemberData(nameof(UnmetCases))]
    public async Task Designation_is_refused_listing_exactly_the_unmet_criteria(string gap, string[] unmet)
    {
        // Thresholds on the track record are off, so that only the gap under test counts.
        await SetPolicyAsync(minPublished: 0, minCoverage: 0);
        var readiness = gap switch
        {
            "no regulation reference" => FullReadiness(regulationRef: null),
            "no leading sector" => FullReadiness(leadingSectors: []),
            "no supporter outside government" => FullReadiness(partners: [new { name = "Dinas Kominfo Provinsi Jambi", type = "agency", supportStatementRef = "DK/2023/1" }, new { name = "Universitas Batanghari", type = "university" }]),
            "no bureaucracy liaison" => FullReadiness(liaison: null),
            "nothing evidenced" => new { },
            _ => FullReadiness(),
        };
        await ToReadinessAsync(readiness);
        var assessed = gap switch
        {
            "low commitment score" => await AssessAsync(commitment: 60),
            "every score low" => await AssessAsync(50, 50, 50),
            _ => await AssessAsync(),
        };

        var criteria = assessed.GetProperty("assessment").GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(["commitment", "innovationPotential", "stakeholderSupport"], criteria.Select(c => c.GetProperty("criterion").GetString()));
        Assert.Equal(unmet.Order(), criteria.Where(c => !c.GetProperty("met").GetBoolean()).Select(c => c.GetProperty("criterion").GetString()!).Order());
        Assert.All(criteria, c => Assert.NotEmpty(c.GetProperty("reasons").EnumerateArray()));

        var response = await Ministry.PostAsJsonAsync($"{Candidacies}/{JambiCandidacyId}/designation", Designation, Json);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "candidacy.criteria_not_met");
        var listed = problem.GetProperty("unmetCriteria").EnumerateArray().ToList();
        Assert.Equal(unmet.Order(), listed.Select(c => c.GetProperty("criterion").GetString()!).Order());
        Assert.All(listed, c => Assert.NotEmpty(c.GetProperty("reasons").EnumerateArray()));
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.All(unmet, criterion => Assert.Contains(criterion, detail, StringComparison.Ordinal)); // named as in unmetCriteria
        Assert.Equal("assessed", await StateAsync(JambiCandidacyId));
        Assert.Equal(15, (await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/hubs?pageSize=100", Json)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Readiness_with_no_evidence_is_accepted_and_judged_later()
    {
        await ActAsync(Candidate, JambiCandidacyId, "willingness", new { willing = true });
        await ActAsync(Candidate, JambiCandidacyId, "commitment", new { signedOn = "2023-03-01", documentRef = "KB-5/2023" });

        var submitted = await ActAsync(Candidate, JambiCandidacyId, "readiness", new { partners = Array.Empty<object>() });

        Assert.Equal("readinessSubmitted", submitted.GetProperty("state").GetString());
        Assert.Empty(submitted.GetProperty("readiness").GetProperty("partners").EnumerateArray());
    }

    [Fact]
    public async Task With_the_default_policy_an_empty_track_record_leaves_innovation_potential_unmet()
    {
        await ToReadinessAsync();

        var assessed = await AssessAsync();

        var potential = assessed.GetProperty("assessment").GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "innovationPotential");
        Assert.False(potential.GetProperty("met").GetBoolean());
        Assert.Contains(potential.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("fewer than the minimum of 10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("id-ID,id;q=0.9", "id")]
    public async Task Unmet_criteria_and_assessment_reasons_are_in_the_requested_language(string? language, string expected)
    {
        await ToReadinessAsync();
        await AssessAsync(commitment: 60);

        using var designation = new HttpRequestMessage(HttpMethod.Post, $"{Candidacies}/{JambiCandidacyId}/designation") { Content = JsonContent.Create(Designation, options: Json) };
        using var read = new HttpRequestMessage(HttpMethod.Get, $"{Candidacies}/{JambiCandidacyId}");
        if (language is not null)
        {
            designation.Headers.TryAddWithoutValidation("Accept-Language", language);
            read.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        var refused = await Ministry.SendAsync(designation);
        var candidacy = await Ministry.SendAsync(read);

        var problem = await Expect.ProblemAsync(refused, HttpStatusCode.Conflict, "candidacy.criteria_not_met");
        var commitment = problem.GetProperty("unmetCriteria").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "commitment");
        var reasons = commitment.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(expected == "id" ? "Skor 60 di bawah batas minimum 70." : "Score 60 is below the minimum of 70.", reasons);
        Assert.Contains(expected == "id" ? "Kesediaan telah dinyatakan." : "Willingness was declared.", reasons);

        await Expect.StatusAsync(candidacy, HttpStatusCode.OK);
        var body = await candidacy.Content.ReadFromJsonAsync<JsonElement>(Json);
        var assessed = body.GetProperty("assessment").GetProperty("criteria")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!);
        Assert.Contains(expected == "id" ? "Skor 60 di bawah batas minimum 70." : "Score 60 is below the minimum of 70.", assessed);
        Assert.Contains("Accept-Language", candidacy.Headers.Vary);
        Assert.Equal(expected, Assert.Single(candidacy.Content.Headers.ContentLanguage));
    }

    [Fact]
    public async Task An_assessment_stored_with_english_sentences_reads_in_either_language()
    {
        await ToReadinessAsync();
        await AssessAsync();

        // As assessments were stored before their reasons were codes.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            """
            UPDATE candidacies SET assessment = jsonb_set(jsonb_set(assessment,
                '{{criteria,0,reasons}}', '["Willingness was declared.", "The joint commitment was signed.", "Leadership commitment is evidenced by a regulation reference.", "Score 80 meets the minimum of 70."]'),
                '{{criteria,1,reasons}}', '["3 published innovations are fewer than the minimum of 10.", "Regency coverage 9 % is below the minimum of 25 %.", "Leading sectors are named.", "A note from an older version."]')
            WHERE id = {0}
            """,
            JambiCandidacyId));

        var english = await Ministry.GetFromJsonAsync<JsonElement>($"{Candidacies}/{JambiCandidacyId}", Json);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Candidacies}/{JambiCandidacyId}");
        request.Headers.TryAddWithoutValidation("Accept-Language", "id");
        var indonesian = await (await Ministry.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>(Json);

        static List<string> Reasons(JsonElement candidacy, int criterion) =>
            [.. candidacy.GetProperty("assessment").GetProperty("criteria")[criterion].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];
        Assert.Equal(
            ["3 published innovations are fewer than the minimum of 10.", "Regency coverage 9 % is below the minimum of 25 %.", "Leading sectors are named.", "A note from an older version."],
            Reasons(english, 1));
        Assert.Equal(
            ["3 inovasi terbit kurang dari batas minimum 10.", "Cakupan kabupaten/kota 9 % di bawah batas minimum 25 %.", "Sektor unggulan telah ditetapkan.", "A note from an older version."],
            Reasons(indonesian, 1));
        Assert.Equal("Skor 80 memenuhi batas minimum 70.", Reasons(indonesian, 0)[3]);

        // A later change to the candidacy leaves the stored assessment as it was.
        await ActAsync(Ministry, JambiCandidacyId, "rejection", new { reason = "Belum siap." });
        Assert.Equal(Reasons(english, 1), Reasons(await Ministry.GetFromJsonAsync<JsonElement>($"{Candidacies}/{JambiCandidacyId}", Json), 1));
    }

    [Fact]
    public async Task Lowering_the_cohort_policy_lets_a_refused_candidacy_be_designated()
    {
        await ToReadinessAsync();
        await AssessAsync();
        var refused = await Ministry.PostAsJsonAsync($"{Candidacies}/{JambiCandidacyId}/designation", Designation, Json);
        var problem = await Expect.ProblemAsync(refused, HttpStatusCode.Conflict, "candidacy.criteria_not_met");
        Assert.Equal(["innovationPotential"], problem.GetProperty("unmetCriteria").EnumerateArray().Select(c => c.GetProperty("criterion").GetString()));

        await SetPolicyAsync(minPublished: 0, minCoverage: 0);
        var designated = await ActAsync(Ministry, JambiCandidacyId, "designation", Designation);

        Assert.Equal("designated", designated.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Raising_the_cohort_policy_after_assessment_blocks_designation()
    {
        await SetPolicyAsync(minPublished: 0, minCoverage: 0);
        await ToReadinessAsync();
        var assessed = await AssessAsync(80, 80, 80);
        Assert.All(assessed.GetProperty("assessment").GetProperty("criteria").EnumerateArray(), c => Assert.True(c.GetProperty("met").GetBoolean()));

        await SetPolicyAsync(minScore: 85, minPublished: 0, minCoverage: 0);
        var response = await Ministry.PostAsJsonAsync($"{Candidacies}/{JambiCandidacyId}/designation", Designation, Json);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "candidacy.criteria_not_met");
        Assert.Equal(3, problem.GetProperty("unmetCriteria").GetArrayLength());
        Assert.Contains(problem.GetProperty("unmetCriteria")[0].GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("below the minimum of 85", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requiring_two_partners_counts_only_partners_outside_government_with_a_statement()
    {
        await SetPolicyAsync(minPublished: 0, minCoverage: 0, minPartners: 2);
        object[] partners =
        [
            new { name = "Universitas Jambi", type = "university", supportStatementRef = "UNJA/1" },
            new { name = "Forum Inovasi Jambi", type = "other", supportStatementRef = "FIJ/2" },
        ];
        await ToReadinessAsync(FullReadiness(partners: partners));

        var assessed = await AssessAsync();

        Assert.All(assessed.GetProperty("assessment").GetProperty("criteria").EnumerateArray(), c => Assert.True(c.GetProperty("met").GetBoolean()));
    }

    [Fact]
    public async Task The_cohort_policy_has_defaults_until_the_ministry_sets_it()
    {
        var before = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cohorts/2030/policy", Json);
        Assert.Equal(70, before.GetProperty("minScore").GetInt32());
        Assert.Equal(10, before.GetProperty("minPublishedInnovations").GetInt32());
        Assert.Equal(0.25m, before.GetProperty("minRegencyCoverage").GetDecimal());
        Assert.Equal(1, before.GetProperty("minPartners").GetInt32());
        Assert.True(before.GetProperty("isDefault").GetBoolean());

        var set = await Ministry.PutAsJsonAsync("/api/v1/cohorts/2030/policy", new { minScore = 75, minPublishedInnovations = 20, minRegencyCoverage = 0.4m, minPartners = 2 }, Json);
        await Expect.StatusAsync(set, HttpStatusCode.OK);

        var after = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cohorts/2030/policy", Json);
        Assert.Equal(75, after.GetProperty("minScore").GetInt32());
        Assert.Equal(0.4m, after.GetProperty("minRegencyCoverage").GetDecimal());
        Assert.False(after.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task Resetting_a_cohort_policy_brings_back_the_defaults_and_is_audited()
    {
        await Expect.StatusAsync(await Ministry.PutAsJsonAsync("/api/v1/cohorts/2032/policy", new { minScore = 75, minPublishedInnovations = 20, minRegencyCoverage = 0.4m, minPartners = 2 }, Json), HttpStatusCode.OK);

        var reset = await Ministry.DeleteAsync("/api/v1/cohorts/2032/policy");

        await Expect.StatusAsync(reset, HttpStatusCode.NoContent);
        var after = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cohorts/2032/policy", Json);
        Assert.True(after.GetProperty("isDefault").GetBoolean());
        Assert.Equal(70, after.GetProperty("minScore").GetInt32());
        Assert.Equal(10, after.GetProperty("minPublishedInnovations").GetInt32());
        Assert.Equal(0.25m, after.GetProperty("minRegencyCoverage").GetDecimal());
        Assert.Equal(1, after.GetProperty("minPartners").GetInt32());
        var audit = await Ministry.GetFromJsonAsync<JsonElement>("/api/v1/audit?subjectId=2032", Json);
        Assert.Equal(
            ["ResetCohortPolicy:deleted", "SetCohortPolicy:added"],
            audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString() + ":" + e.GetProperty("change").GetString()));
    }

    [Fact]
    public async Task Resetting_a_policy_that_is_not_set_is_204_and_changes_nothing()
    {
        await Expect.StatusAsync(await Ministry.DeleteAsync("/api/v1/cohorts/2033/policy"), HttpStatusCode.NoContent);
        await Expect.StatusAsync(await Ministry.DeleteAsync("/api/v1/cohorts/2033/policy"), HttpStatusCode.NoContent);

        Assert.True((await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cohorts/2033/policy", Json)).GetProperty("isDefault").GetBoolean());
        Assert.Empty((await Ministry.GetFromJsonAsync<JsonElement>("/api/v1/audit?subjectId=2033", Json)).GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public async Task Resetting_the_policy_of_a_year_out_of_range_is_400_naming_the_year(int year)
    {
        await Expect.ValidationProblemAsync(await Ministry.DeleteAsync($"/api/v1/cohorts/{year}/policy"), "year");
    }

    [Theory]
    [InlineData("""{"minScore":101,"minPublishedInnovations":10,"minRegencyCoverage":0.25,"minPartners":1}""", "minScore")]
    [InlineData("""{"minScore":70,"minPublishedInnovations":-1,"minRegencyCoverage":0.25,"minPartners":1}""", "minPublishedInnovations")]
    [InlineData("""{"minScore":70,"minPublishedInnovations":10,"minRegencyCoverage":1.5,"minPartners":1}""", "minRegencyCoverage")]
    [InlineData("""{"minScore":70,"minPublishedInnovations":10,"minRegencyCoverage":0.25}""", "minPartners")]
    [InlineData("""{"minScore":70,"minPublishedInnovations":10,"minRegencyCoverage":0.25,"minPartners":1,"year":2031}""", "year")]
    public async Task Bad_policies_are_400_and_change_nothing(string body, string field)
    {
        var response = await Ministry.PutAsync("/api/v1/cohorts/2031/policy", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Expect.ValidationProblemAsync(response, field);
        Assert.True((await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cohorts/2031/policy", Json)).GetProperty("isDefault").GetBoolean());
    }
}
