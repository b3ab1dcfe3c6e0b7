using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API1:2023 Broken Object Level Authorization. Every operation on one object, called on
/// another's object by an agency of another province and by the hub of another province, answers
/// 404 or 403 with a bare problem (nothing of the object in it) and leaves the object unchanged;
/// then the caller it belongs to succeeds with the same request, which proves that the object was
/// in a state that allowed it. The matrix is checked against the OpenAPI document.
/// </summary>
public sealed class API1_BrokenObjectLevelAuthorizationTests(ApiFactory factory) : ReplicationTest(factory)
{
    private static readonly HashSet<string> ProblemMembers = ["type", "title", "status", "detail", "instance", "traceId", "code", "errors"];

    /// <summary>Each object operation, by the row name the arrangement below knows.</summary>
    public static readonly IReadOnlyDictionary<string, string> ObjectOperations = new Dictionary<string, string>
    {
        ["innovation.read"] = "GET /api/v1/innovations/{id}",
        ["innovation.similar"] = "GET /api/v1/innovations/{id}/similar",
        ["innovation.update"] = "PUT /api/v1/innovations/{id}",
        ["innovation.submission"] = "POST /api/v1/innovations/{id}/submission",
        ["innovation.verification"] = "POST /api/v1/innovations/{id}/verification",
        ["innovation.archival"] = "POST /api/v1/innovations/{id}/archival",
        ["candidacy.read"] = "GET /api/v1/hub-candidacies/{id}",
        ["candidacy.invitation"] = "POST /api/v1/hub-candidacies/{id}/invitation",
        ["candidacy.willingness"] = "POST /api/v1/hub-candidacies/{id}/willingness",
        ["candidacy.commitment"] = "POST /api/v1/hub-candidacies/{id}/commitment",
        ["candidacy.readiness"] = "POST /api/v1/hub-candidacies/{id}/readiness",
        ["candidacy.assessment"] = "POST /api/v1/hub-candidacies/{id}/assessment",
        ["candidacy.designation"] = "POST /api/v1/hub-candidacies/{id}/designation",
        ["candidacy.rejection"] = "POST /api/v1/hub-candidacies/{id}/rejection",
        ["candidacy.withdrawal"] = "POST /api/v1/hub-candidacies/{id}/withdrawal",
        ["cohort.policy"] = "PUT /api/v1/cohorts/{year}/policy",
        ["cohort.policy.reset"] = "DELETE /api/v1/cohorts/{year}/policy",
        ["hub.partner.add"] = "POST /api/v1/hubs/{id}/partners",
        ["hub.partner.remove"] = "DELETE /api/v1/hubs/{id}/partners/{partnerId}",
        ["hub.activity"] = "POST /api/v1/hubs/{id}/activities",
        ["replication.read"] = "GET /api/v1/replication-requests/{id}",
        ["replication.verification"] = "POST /api/v1/replication-requests/{id}/verification",
        ["replication.agreement"] = "POST /api/v1/replication-requests/{id}/agreement",
        ["replication.mentoring"] = "POST /api/v1/replication-requests/{id}/mentoring-sessions",
        ["replication.completion"] = "POST /api/v1/replication-requests/{id}/completion",
        ["replication.cancellation"] = "POST /api/v1/replication-requests/{id}/cancellation",
        ["apiClient.read"] = "GET /api/v1/api-clients/{id}",
        ["apiClient.revoke"] = "DELETE /api/v1/api-clients/{id}",
        ["webhook.read"] = "GET /api/v1/webhook-subscriptions/{id}",
        ["webhook.update"] = "PATCH /api/v1/webhook-subscriptions/{id}",
        ["webhook.delete"] = "DELETE /api/v1/webhook-subscriptions/{id}",
        ["webhook.rotation"] = "POST /api/v1/webhook-subscriptions/{id}/secret-rotation",
        ["webhook.deliveries"] = "GET /api/v1/webhook-subscriptions/{id}/deliveries",
        ["webhook.retry"] = "POST /api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/retry",
    };

    public static TheoryData<string> Rows() => new(ObjectOperations.Keys);

    private HttpClient Candidate { get; set; } = null!;

    private HttpClient ForeignAgency { get; set; } = null!;

    private HttpClient ForeignHub { get; set; } = null!;

    private Guid JambiCandidacyId { get; set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var jambi = await ProvincialGovernmentIdAsync("15");
        Candidate = await ClientWithRoleAsync("agency", agencyId: jambi);
        var candidacies = await Ministry.GetFromJsonAsync<JsonElement>("/api/v1/hub-candidacies?cohortYear=2023&pageSize=100", Json);
        JambiCandidacyId = candidacies.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("agencyId").GetGuid() == jambi).GetProperty("id").GetGuid();

        // Lampung's government and the South Sulawesi hub have nothing to do with any object here.
        ForeignAgency = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("18"));
        var sulselHub = (await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/provinces/73", Json)).GetProperty("hubId").GetGuid();
        ForeignHub = await ClientWithRoleAsync("hub", hubId: sulselHub);
    }

    [Fact]
    public async Task Every_operation_with_an_object_in_its_path_is_in_the_object_matrix_or_public()
    {
        var documented = await SecurityRoutes.DocumentedOperationsAsync(Anonymous);
        var withObject = documented.Keys.Where(o => o.Contains('{', StringComparison.Ordinal)).Order();

        Assert.Equal(withObject, ObjectOperations.Values.Concat(SecurityRoutes.PublicObjectOperations).Order());
        Assert.All(SecurityRoutes.PublicObjectOperations, o => Assert.Empty(SecurityRoutes.Operations[o]));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Callers_of_other_agencies_and_hubs_get_404_or_403_learn_nothing_and_change_nothing(string row)
    {
        var target = await ArrangeAsync(row);
        var before = await Ministry.GetStringAsync(target.Snapshot);

        foreach (var (who, caller) in new[] { ("another province's agency", ForeignAgency), ("another province's hub", ForeignHub) })
        {
            var response = await SendAsync(caller, target);

            Assert.True(
                response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                $"{row} as {who}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            await Expect.ProblemAsync(response, response.StatusCode, response.StatusCode == HttpStatusCode.NotFound ? "not_found" : "forbidden");
            var body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
            Assert.All(body.EnumerateObject(), member => Assert.Contains(member.Name, ProblemMembers));
            Assert.False(response.Headers.Contains("ETag"), $"{row} as {who}: an ETag tells the object's version");
        }

        Assert.Equal(before, await Ministry.GetStringAsync(target.Snapshot));

        var rightful = await SendAsync(target.Rightful, target);
        Assert.True(rightful.IsSuccessStatusCode, $"{row} by the object's own caller: {(int)rightful.StatusCode} {await rightful.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Lists_never_show_another_agencys_unpublished_innovations_or_others_replication_requests_and_candidacies()
    {
        var draft = await InStateAsync("draft", Marked("Draf rahasia Surabaya"));
        var submitted = await InStateAsync("submitted", Marked("Usulan rahasia Surabaya"));
        var request = await SubmittedAsync();

        foreach (var caller in new[] { ForeignAgency, ForeignHub })
        {
            var innovations = await caller.GetStringAsync($"{Innovations}?agencyId={SurabayaId}&pageSize=100");
            Assert.DoesNotContain(draft.ToString(), innovations, StringComparison.Ordinal);
            Assert.DoesNotContain(submitted.ToString(), innovations, StringComparison.Ordinal);
            var submittedOnly = await caller.GetStringAsync($"{Innovations}?state=submitted&pageSize=100");
            Assert.DoesNotContain(submitted.ToString(), submittedOnly, StringComparison.Ordinal);
            var searched = await caller.GetStringAsync($"{Innovations}?q=rahasia&pageSize=100");
            Assert.DoesNotContain("rahasia", searched, StringComparison.OrdinalIgnoreCase);

            var requests = await caller.GetFromJsonAsync<JsonElement>($"{Requests}?innovationId={InnovationId}&pageSize=100", Json);
            Assert.Empty(requests.GetProperty("items").EnumerateArray());
            Assert.DoesNotContain(request.ToString(), requests.ToString(), StringComparison.Ordinal);
        }

        var candidacies = await ForeignAgency.GetFromJsonAsync<JsonElement>("/api/v1/hub-candidacies?pageSize=100", Json);
        Assert.DoesNotContain(candidacies.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == JambiCandidacyId);
    }

    [Fact]
    public async Task An_agency_cannot_act_as_another_agency_through_ids_in_the_body()
    {
        var forAnother = Body();
        forAnother["agencyId"] = SurabayaId;
        var registered = await ForeignAgency.PostAsJsonAsync(Innovations, forAnother, Json);
        Assert.True(registered.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{(int)registered.StatusCode}");

        var requested = await RequestAsync(ForeignAgency, requesterAgencyId: BaliGovernmentId);
        await Expect.ProblemAsync(requested, HttpStatusCode.Forbidden, "forbidden");

        var partner = await ForeignHub.PostAsJsonAsync($"/api/v1/hubs/{JatimHubId}/partners", new { name = "Mitra Palsu", type = "other" }, Json);
        Assert.True(partner.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{(int)partner.StatusCode}");
        var hub = await Anonymous.GetStringAsync($"/api/v1/hubs/{JatimHubId}");
        Assert.DoesNotContain("Mitra Palsu", hub, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Marked(string title)
    {
        var body = Body(title);
        body["summary"] = "Berisi kata rahasia yang hanya pemiliknya boleh temukan.";
        return body;
    }

    private sealed record Target(string Method, string Path, object? Body, string Snapshot, HttpClient Rightful);

    private async Task<Target> ArrangeAsync(string row)
    {
        const string Innovation = "/api/v1/innovations";
        const string Candidacy = "/api/v1/hub-candidacies";
        var jatim = $"/api/v1/hubs/{JatimHubId}";
        var jambi = $"{Candidacy}/{JambiCandidacyId}";
        switch (row)
        {
            case "innovation.read":
                var read = await InStateAsync("submitted");
                return new("GET", $"{Innovation}/{read}", null, $"{Innovation}/{read}", Owner);
            case "innovation.similar":
                var unpublished = await InStateAsync("submitted");
                return new("GET", $"{Innovation}/{unpublished}/similar", null, $"{Innovation}/{unpublished}", Owner);
            case "innovation.update":
                var returned = await InStateAsync("returned");
                return new("PUT", $"{Innovation}/{returned}", Body("Judul yang diubah orang lain"), $"{Innovation}/{returned}", Owner);
            case "innovation.submission":
                var draft = await InStateAsync("draft");
                return new("POST", $"{Innovation}/{draft}/submission", new { }, $"{Innovation}/{draft}", Owner);
            case "innovation.verification":
                var submitted = await InStateAsync("submitted");
                return new("POST", $"{Innovation}/{submitted}/verification", new { decision = "publish" }, $"{Innovation}/{submitted}", JatimHub);
            case "innovation.archival":
                var toArchive = await InStateAsync("draft");
                return new("POST", $"{Innovation}/{toArchive}/archival", new { }, $"{Innovation}/{toArchive}", Owner);
            case "candidacy.read":
                return new("GET", jambi, null, jambi, Candidate);
            case "candidacy.invitation":
                var shortlisted = await ShortlistAsync();
                return new("POST", $"{Candidacy}/{shortlisted}/invitation", new { meetingOn = "2024-02-13", format = "virtual" }, $"{Candidacy}/{shortlisted}", Ministry);
            case "candidacy.willingness":
                return new("POST", $"{jambi}/willingness", Willingness, jambi, Candidate);
            case "candidacy.commitment":
                await StepAsync(Candidate, jambi, "willingness", Willingness);
                return new("POST", $"{jambi}/commitment", Commitment, jambi, Candidate);
            case "candidacy.readiness":
                await StepAsync(Candidate, jambi, "willingness", Willingness);
                await StepAsync(Candidate, jambi, "commitment", Commitment);
                return new("POST", $"{jambi}/readiness", Readiness, jambi, Candidate);
            case "candidacy.assessment":
                await ToReadinessAsync(jambi);
                return new("POST", $"{jambi}/assessment", Scores, jambi, Ministry);
            case "candidacy.designation":
                await ToReadinessAsync(jambi);
                await LowerThePolicyAsync();
                await StepAsync(Ministry, jambi, "assessment", Scores);
                return new("POST", $"{jambi}/designation", new { decreeNumber = "KepmenPANRB 250/2023", designatedOn = "2023-08-17" }, jambi, Ministry);
            case "candidacy.rejection":
                return new("POST", $"{jambi}/rejection", new { reason = "Belum memenuhi syarat." }, jambi, Ministry);
            case "candidacy.withdrawal":
                return new("POST", $"{jambi}/withdrawal", new { reason = "Prioritas daerah berubah." }, jambi, Candidate);
            case "cohort.policy":
                return new("PUT", "/api/v1/cohorts/2023/policy", Policy(minPartners: 0), "/api/v1/cohorts/2023/policy", Ministry);
            case "cohort.policy.reset":
                await Expect.StatusAsync(await Ministry.PutAsJsonAsync("/api/v1/cohorts/2023/policy", Policy(minPartners: 0), Json), HttpStatusCode.OK);
                return new("DELETE", "/api/v1/cohorts/2023/policy", null, "/api/v1/cohorts/2023/policy", Ministry);
            case "hub.partner.add":
                return new("POST", $"{jatim}/partners", new { name = "Forum Inovasi Jawa Timur", type = "other" }, jatim, JatimHub);
            case "hub.partner.remove":
                var added = await Ministry.PostAsJsonAsync($"{jatim}/partners", new { name = "Universitas Mitra", type = "university" }, Json);
                await Expect.StatusAsync(added, HttpStatusCode.Created);
                var partnerId = (await added.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
                return new("DELETE", $"{jatim}/partners/{partnerId}", null, jatim, JatimHub);
            case "hub.activity":
                var activity = new { type = "mentoring", title = "Pendampingan inovasi daerah", heldOn = "2024-05-02", agencyIds = Array.Empty<Guid>(), innovationIds = Array.Empty<Guid>() };
                return new("POST", $"{jatim}/activities", activity, $"{jatim}/activities", JatimHub);
            case "replication.read":
                var toRead = await RequestInStateAsync("submitted");
                return new("GET", $"{Requests}/{toRead}", null, $"{Requests}/{toRead}", Requester);
            case "replication.verification":
                var toVerify = await RequestInStateAsync("submitted");
                return new("POST", $"{Requests}/{toVerify}/verification", new { approved = true }, $"{Requests}/{toVerify}", BaliHub);
            case "replication.agreement":
                var verified = await RequestInStateAsync("verified");
                return new("POST", $"{Requests}/{verified}/agreement", new { agreedOn = "2024-01-20", documentRef = "PKS 12/2024" }, $"{Requests}/{verified}", Owner);
            case "replication.mentoring":
                var agreed = await RequestInStateAsync("agreed");
                return new("POST", $"{Requests}/{agreed}/mentoring-sessions", Mentoring, $"{Requests}/{agreed}", BaliHub);
            case "replication.completion":
                var implementing = await RequestInStateAsync("inImplementation");
                return new("POST", $"{Requests}/{implementing}/completion", new { completedOn = "2024-06-30", resultsSummary = "Layanan berjalan." }, $"{Requests}/{implementing}", Requester);
            case "replication.cancellation":
                var toCancel = await RequestInStateAsync("submitted");
                return new("POST", $"{Requests}/{toCancel}/cancellation", new { reason = "Prioritas berubah." }, $"{Requests}/{toCancel}", Requester);
            case "apiClient.read":
            case "apiClient.revoke":
                var client = (await CreateApiClientAsync("agency", agencyId: SurabayaId)).GetProperty("id").GetGuid();
                return new(row == "apiClient.read" ? "GET" : "DELETE", $"/api/v1/api-clients/{client}", null, $"/api/v1/api-clients/{client}", Ministry);
            case "webhook.read":
            case "webhook.update":
            case "webhook.delete":
            case "webhook.rotation":
            case "webhook.deliveries":
            case "webhook.retry":
                return await ArrangeWebhookAsync(row);
            default:
                throw new ArgumentOutOfRangeException(nameof(row), row, "no arrangement for this row");
        }
    }

    /// <summary>
    /// A reader's paused subscription (nothing is sent; its queue holds one event), for the rows of webhooks. Agency and
    /// hub clients may not subscribe at all, so they meet 403 before the object; WebhookSubscriptionsTests covers a
    /// reader reaching for another reader's subscription.
    /// </summary>
    private async Task<Target> ArrangeWebhookAsync(string row)
    {
        var reader = await ClientWithRoleAsync("reader");
        var created = await reader.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "https://sipp.jatimprov.go.id/hook", eventTypes = new[] { "agency.registered" } }, Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var path = $"/api/v1/webhook-subscriptions/{(await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("subscription").GetProperty("id").GetGuid()}";
        using (var pause = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(new { paused = true }, options: Json) })
        {
            await Expect.StatusAsync(await reader.SendAsync(pause), HttpStatusCode.OK);
        }

        switch (row)
        {
            case "webhook.read":
                return new("GET", path, null, path, reader);
            case "webhook.update":
                return new("PATCH", path, new { eventTypes = new[] { "hub.designated" } }, path, reader);
            case "webhook.delete":
                return new("DELETE", path, null, path, reader);
            case "webhook.rotation":
                return new("POST", $"{path}/secret-rotation", null, path, reader);
            case "webhook.deliveries":
                return new("GET", $"{path}/deliveries", null, $"{path}/deliveries", reader);
            default:
                await Expect.StatusAsync(await Ministry.PostAsJsonAsync("/api/v1/agencies", new { name = "Universitas Webhook", type = "university", regencyCode = "35.78" }, Json), HttpStatusCode.Created);
                var until = DateTimeOffset.UtcNow.AddSeconds(20);
                while (true)
                {
                    var deliveries = (await Ministry.GetFromJsonAsync<JsonElement>($"{path}/deliveries", Json)).GetProperty("items");
                    if (deliveries.GetArrayLength() > 0)
                    {
                        return new("POST", $"{path}/deliveries/{deliveries[0].GetProperty("id").GetGuid()}/retry", null, $"{path}/deliveries", reader);
                    }

                    Assert.True(DateTimeOffset.UtcNow < until, "the event was not queued for the subscription");
                    await Task.Delay(100);
                }
        }
    }

    private static object Willingness => new { willing = true, statementRef = "Surat Kesediaan Gubernur Jambi 2023" };

    private static object Commitment => new { signedOn = "2023-03-01", documentRef = "Komitmen Bersama No. 5/2023" };

    private static object Readiness => new
    {
        leadershipCommitment = new { regulationRef = "Pergub Jambi No. 12 Tahun 2023", budgetAllocated = true, innovationUnit = true },
        leadingSectors = new[] { "health", "education" },
        bureaucracyLiaison = new { name = "Kepala Biro Organisasi", position = "Kepala Biro" },
        partners = new[] { new { name = "Universitas Jambi", type = "university", supportStatementRef = "UNJA/SD/2023/017" } },
    };

    private static object Scores => new { scores = new { commitment = 90, innovationPotential = 90, stakeholderSupport = 90 }, notes = "Penilaian tim." };

    private static object Policy(int minPartners) => new { minScore = 70, minPublishedInnovations = 0, minRegencyCoverage = 0m, minPartners };

    private async Task ToReadinessAsync(string candidacy)
    {
        await StepAsync(Candidate, candidacy, "willingness", Willingness);
        await StepAsync(Candidate, candidacy, "commitment", Commitment);
        await StepAsync(Candidate, candidacy, "readiness", Readiness);
    }

    /// <summary>Jambi's track record is empty in the test database; a policy that asks for none lets it be designated.</summary>
    private async Task LowerThePolicyAsync() =>
        await Expect.StatusAsync(await Ministry.PutAsJsonAsync("/api/v1/cohorts/2023/policy", Policy(minPartners: 1), Json), HttpStatusCode.OK);

    private async Task<Guid> ShortlistAsync()
    {
        var response = await Ministry.PostAsJsonAsync("/api/v1/hub-candidacies", new { agencyId = await ProvincialGovernmentIdAsync("11"), cohortYear = 2024, notes = "Rekam jejak baik." }, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    private static async Task StepAsync(HttpClient client, string candidacy, string action, object body) =>
        await Expect.StatusAsync(await client.PostAsJsonAsync($"{candidacy}/{action}", body, Json), HttpStatusCode.OK);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Target target)
    {
        using var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Path);
        if (target.Body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(target.Body, Json), Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }
}
