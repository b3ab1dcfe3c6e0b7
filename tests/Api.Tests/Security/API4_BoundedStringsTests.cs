using System.Net;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API4:2023: every string a caller can send in a body has a maximum length. Each row puts
/// 10,000 characters (far below the 1 MiB body limit) into one string field of one operation and
/// expects a 400 that names that field. Validation runs before anything is loaded, so unknown ids
/// in the path are enough; the roles are ones the operation admits.
/// </summary>
public sealed class API4_BoundedStringsTests(ApiFactory factory) : ApiTest(factory)
{
    private const string Long = "@long@";

    public static TheoryData<string, string, string, string> Rows() => new()
    {
        { "ministry", "POST /api/v1/agencies", """{"name":"@long@","type":"university"}""", "name" },
        { "ministry", "POST /api/v1/api-clients", """{"name":"@long@","role":"reader"}""", "name" },
        { "ministry", "POST /api/v1/hub-candidacies", """{"agencyId":"{id}","cohortYear":2024,"notes":"@long@"}""", "notes" },
        { "ministry", "POST /api/v1/hub-candidacies/{id}/willingness", """{"willing":true,"statementRef":"@long@"}""", "statementRef" },
        { "agency", "POST /api/v1/hub-candidacies/{id}/commitment", """{"signedOn":"2023-03-01","documentRef":"@long@"}""", "documentRef" },
        { "agency", "POST /api/v1/hub-candidacies/{id}/readiness", """{"leadershipCommitment":{"regulationRef":"@long@"},"leadingSectors":["health"],"bureaucracyLiaison":{"name":"A","position":"B"},"partners":[]}""", "regulationRef" },
        { "agency", "POST /api/v1/hub-candidacies/{id}/readiness", """{"leadershipCommitment":{"regulationRef":"R"},"leadingSectors":["health"],"bureaucracyLiaison":{"name":"@long@","position":"B"},"partners":[]}""", "name" },
        { "agency", "POST /api/v1/hub-candidacies/{id}/readiness", """{"leadershipCommitment":{"regulationRef":"R"},"leadingSectors":["health"],"bureaucracyLiaison":{"name":"A","position":"@long@"},"partners":[]}""", "position" },
        { "agency", "POST /api/v1/hub-candidacies/{id}/readiness", """{"leadershipCommitment":{"regulationRef":"R"},"leadingSectors":["health"],"bureaucracyLiaison":{"name":"A","position":"B"},"partners":[{"name":"@long@","type":"university"}]}""", "name" },
        { "agency", "POST /api/v1/hub-candidacies/{id}/readiness", """{"leadershipCommitment":{"regulationRef":"R"},"leadingSectors":["health"],"bureaucracyLiaison":{"name":"A","position":"B"},"partners":[{"name":"U","type":"university","supportStatementRef":"@long@"}]}""", "supportStatementRef" },
        { "agency", "POST /api/v1/hub-candidacies/{id}/readiness", """{"leadershipCommitment":{"regulationRef":"R"},"leadingSectors":["@long@"],"bureaucracyLiaison":{"name":"A","position":"B"},"partners":[]}""", "leadingSectors" },
        { "ministry", "POST /api/v1/hub-candidacies/{id}/assessment", """{"scores":{"commitment":80,"innovationPotential":80,"stakeholderSupport":80},"notes":"@long@"}""", "notes" },
        { "ministry", "POST /api/v1/hub-candidacies/{id}/designation", """{"decreeNumber":"@long@","designatedOn":"2023-08-17"}""", "decreeNumber" },
        { "ministry", "POST /api/v1/hub-candidacies/{id}/rejection", """{"reason":"@long@"}""", "reason" },
        { "agency", "POST /api/v1/hub-candidacies/{id}/withdrawal", """{"reason":"@long@"}""", "reason" },
        { "ministry", "POST /api/v1/hubs/{id}/partners", """{"name":"@long@","type":"other"}""", "name" },
        { "ministry", "POST /api/v1/hubs/{id}/partners", """{"name":"Forum","type":"other","supportStatementRef":"@long@"}""", "supportStatementRef" },
        { "ministry", "POST /api/v1/hubs/{id}/activities", """{"type":"promotion","title":"@long@","heldOn":"2024-05-02","agencyIds":[],"innovationIds":[]}""", "title" },
        { "ministry", "POST /api/v1/hubs/{id}/activities", """{"type":"promotion","title":"Gelar","heldOn":"2024-05-02","agencyIds":[],"innovationIds":[],"notes":"@long@"}""", "notes" },
        { "ministry", "POST /api/v1/innovations/{id}/verification", """{"decision":"return","notes":"@long@"}""", "notes" },
        { "agency", "POST /api/v1/replication-requests", """{"innovationId":"{id}","motivation":"@long@","plannedStartOn":"2024-01-15"}""", "motivation" },
        { "ministry", "POST /api/v1/replication-requests/{id}/verification", """{"approved":false,"notes":"@long@"}""", "notes" },
        { "agency", "POST /api/v1/replication-requests/{id}/agreement", """{"agreedOn":"2024-01-20","documentRef":"@long@"}""", "documentRef" },
        { "ministry", "POST /api/v1/replication-requests/{id}/mentoring-sessions", """{"heldOn":"2024-02-01","format":"virtual","topics":["@long@"]}""", "topics" },
        { "ministry", "POST /api/v1/replication-requests/{id}/mentoring-sessions", """{"heldOn":"2024-02-01","format":"virtual","topics":["Alur"],"notes":"@long@"}""", "notes" },
        { "agency", "POST /api/v1/replication-requests/{id}/completion", """{"completedOn":"2024-06-30","resultsSummary":"@long@"}""", "resultsSummary" },
        { "agency", "POST /api/v1/replication-requests/{id}/cancellation", """{"reason":"@long@"}""", "reason" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Every_string_in_a_body_is_bounded(string role, string operation, string body, string field)
    {
        var client = role == "ministry" ? Ministry : await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("35"));
        var method = operation[..operation.IndexOf(' ', StringComparison.Ordinal)];
        var id = Guid.NewGuid().ToString();
        var path = operation[(method.Length + 1)..].Replace("{id}", id, StringComparison.Ordinal);
        var json = body.Replace("{id}", id, StringComparison.Ordinal).Replace(Long, new string('a', 10_000), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        var response = await client.SendAsync(request);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.True(
            fields.Any(f => f.Split('.', '[')[^1].TrimEnd(']').Equals(field, StringComparison.OrdinalIgnoreCase) || f.Split('[')[0].EndsWith(field, StringComparison.OrdinalIgnoreCase)),
            $"{operation}: no error for '{field}' in [{string.Join(", ", fields)}]: {JsonSerializer.Serialize(problem)}");
    }
}
