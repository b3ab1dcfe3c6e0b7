using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API3:2023 Broken Object Property Level Authorization. Mass assignment: a server-owned
/// field in a body (id, state, timestamps, owner, counters, keys) is a 400 naming it and changes
/// nothing, on every operation that takes a body. Exposure: keys and hashes never leave the service.
/// </summary>
public sealed class API3_BrokenObjectPropertyLevelAuthorizationTests(ApiFactory factory) : ReplicationTest(factory)
{
    /// <summary>Each operation with a body, with the server-owned fields its resource has.</summary>
    private static readonly Dictionary<string, string[]> ServerOwnedFields = new()
    {
        ["POST /api/v1/innovations"] = ["id", "state", "createdAt", "updatedAt", "publishedAt", "replicationCount", "replicatedFromId", "hubId", "provinceCode", "version"],
        ["PUT /api/v1/innovations/{id}"] = ["id", "state", "createdAt", "publishedAt", "replicationCount", "replicatedFromId", "hubId", "version"],
        ["POST /api/v1/replication-requests"] = ["id", "state", "ownerAgencyId", "facilitatingHubId", "resultInnovationId", "verification", "agreement", "mentoringSessions", "createdAt"],
        ["POST /api/v1/api-clients"] = ["id", "key", "keyHash", "keyPrefix", "createdAt", "revokedAt"],
        ["POST /api/v1/agencies"] = ["id", "createdAt"],
        ["POST /api/v1/hub-candidacies"] = ["id", "state", "provinceCode", "trackRecord", "hubId", "designation", "createdAt"],
        ["PUT /api/v1/cohorts/{year}/policy"] = ["year", "cohortYear", "updatedAt", "version"],
        ["POST /api/v1/hubs/{id}/partners"] = ["id", "hubId"],
        ["POST /api/v1/hubs/{id}/activities"] = ["id", "hubId", "recordedAt"],
        ["POST /api/v1/innovations/{id}/verification"] = ["state", "publishedAt", "verifiedBy"],
        ["POST /api/v1/replication-requests/{id}/completion"] = ["resultInnovationId", "state"],
    };

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var (operation, fields) in ServerOwnedFields)
        {
            foreach (var field in fields)
            {
                data.Add(operation, field);
            }
        }

        return data;
    }

    public static TheoryData<string> Operations() => new(ServerOwnedFields.Keys);

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_server_owned_field_in_a_body_is_400_naming_it_and_changes_nothing(string operation, string field)
    {
        var (client, method, path, body) = await ArrangeAsync(operation);
        body[field] = field switch
        {
            "state" => "published",
            "replicationCount" => 99,
            "version" => 1,
            "year" or "cohortYear" => 2030,
            "key" or "keyHash" or "keyPrefix" => "jipp_chosen-by-the-caller",
            _ when field.EndsWith("At", StringComparison.Ordinal) => "2020-01-01T00:00:00Z",
            "trackRecord" or "verification" or "agreement" or "designation" => new { },
            "mentoringSessions" => Array.Empty<object>(),
            _ => Guid.NewGuid(),
        };
        var before = await SnapshotAsync();

        var response = await SendAsync(client, method, path, body);

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_same_body_without_the_field_is_accepted(string operation)
    {
        var (client, method, path, body) = await ArrangeAsync(operation);

        var response = await SendAsync(client, method, path, body);

        Assert.True(response.IsSuccessStatusCode, $"{operation}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Api_clients_are_never_shown_with_their_key_or_its_hash()
    {
        var created = await CreateApiClientAsync("reader");
        var id = created.GetProperty("id").GetGuid();

        foreach (var path in new[] { $"/api/v1/api-clients/{id}", "/api/v1/api-clients?pageSize=100", $"/api/v1/audit?subjectId={id}", "/api/v1/events?after=0&limit=1000" })
        {
            var body = await Ministry.GetStringAsync(path);
            Assert.DoesNotContain("\"key\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain("keyHash", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(created.GetProperty("key").GetString()!, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_idempotent_replay_of_a_client_creation_does_not_show_the_key_again()
    {
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-clients") { Content = JsonContent.Create(new { name = "Dasbor", role = "reader" }, options: Json) };
        first.Headers.Add("Idempotency-Key", "create-dasbor");
        using var again = new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-clients") { Content = JsonContent.Create(new { name = "Dasbor", role = "reader" }, options: Json) };
        again.Headers.Add("Idempotency-Key", "create-dasbor");

        var created = await Ministry.SendAsync(first);
        var replayed = await Ministry.SendAsync(again);

        var key = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("key").GetString()!;
        Assert.DoesNotContain(key, await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Method, string Path, Dictionary<string, object?> Body)> ArrangeAsync(string operation)
    {
        switch (operation)
        {
            case "POST /api/v1/innovations":
                return (Owner, "POST", Innovations, Body("Inovasi Baru"));
            case "PUT /api/v1/innovations/{id}":
                return (Owner, "PUT", $"{Innovations}/{await InStateAsync("draft")}", Body("Judul Baru"));
            case "POST /api/v1/replication-requests":
                return (Requester, "POST", Requests, new() { ["innovationId"] = InnovationId, ["motivation"] = "Kami ingin menirunya.", ["plannedStartOn"] = "2024-01-15" });
            case "POST /api/v1/api-clients":
                return (Ministry, "POST", "/api/v1/api-clients", new() { ["name"] = "Dasbor Bappeda", ["role"] = "reader" });
            case "POST /api/v1/agencies":
                return (Ministry, "POST", "/api/v1/agencies", new() { ["name"] = "Universitas Contoh", ["type"] = "university" });
            case "POST /api/v1/hub-candidacies":
                return (Ministry, "POST", "/api/v1/hub-candidacies", new() { ["agencyId"] = await ProvincialGovernmentIdAsync("11"), ["cohortYear"] = 2024, ["notes"] = "Rekam jejak baik." });
            case "PUT /api/v1/cohorts/{year}/policy":
                return (Ministry, "PUT", "/api/v1/cohorts/2023/policy", new() { ["minScore"] = 75, ["minPublishedInnovations"] = 10, ["minRegencyCoverage"] = 0.25m, ["minPartners"] = 1 });
            case "POST /api/v1/hubs/{id}/partners":
                return (JatimHub, "POST", $"/api/v1/hubs/{JatimHubId}/partners", new() { ["name"] = "Forum Inovasi", ["type"] = "other" });
            case "POST /api/v1/hubs/{id}/activities":
                return (JatimHub, "POST", $"/api/v1/hubs/{JatimHubId}/activities", new() { ["type"] = "promotion", ["title"] = "Gelar Inovasi", ["heldOn"] = "2024-05-02", ["agencyIds"] = Array.Empty<Guid>(), ["innovationIds"] = Array.Empty<Guid>() });
            case "POST /api/v1/innovations/{id}/verification":
                return (JatimHub, "POST", $"{Innovations}/{await InStateAsync("submitted")}/verification", new() { ["decision"] = "publish" });
            case "POST /api/v1/replication-requests/{id}/completion":
                return (Requester, "POST", $"{Requests}/{await RequestInStateAsync("inImplementation")}/completion", new() { ["completedOn"] = "2024-06-30", ["resultsSummary"] = "Layanan berjalan." });
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, Dictionary<string, object?> body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request);
    }

    private Task<string> SnapshotAsync() => Factory.WithDbAsync(async db =>
    {
        var innovations = (await db.Innovations.Select(i => new { i.Id, i.State, i.ReplicationCount }).ToListAsync()).Select(i => $"{i.Id}:{i.State}:{i.ReplicationCount}");
        var requests = (await db.ReplicationRequests.Select(r => new { r.Id, r.State }).ToListAsync()).Select(r => $"{r.Id}:{r.State}");
        return string.Join(
            '|',
            await db.Agencies.CountAsync(),
            await db.ApiClients.CountAsync(),
            await db.Candidacies.CountAsync(),
            await db.HubPartners.CountAsync(),
            await db.HubActivities.CountAsync(),
            await db.AuditEntries.CountAsync(),
            string.Join(',', innovations.Order()),
            string.Join(',', requests.Order()));
    });
}
