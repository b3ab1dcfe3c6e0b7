using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

/// <summary>
/// A hub's partners and activities, on the Jawa Timur hub: who may manage them, what is refused,
/// and how activities are listed.
/// </summary>
public sealed class HubPartnersAndActivitiesTests(ApiFactory factory) : InnovationTest(factory)
{
    private string Hub => $"{V1}/hubs/{JatimHubId}";

    private HttpClient Caller(string who) => who switch
    {
        "anonymous" => Anonymous,
        "reader" => Reader,
        "agency" => Owner,
        "otherHub" => BaliHub,
        "thatHub" => JatimHub,
        "ministry" => Ministry,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Fact]
    public async Task Partners_added_by_agency_and_by_name_show_on_the_hub_until_removed()
    {
        var unair = await RegisterAgencyAsync("Universitas Airlangga", "university");

        var byAgency = await Ministry.PostAsJsonAsync($"{Hub}/partners", new { agencyId = unair, supportStatementRef = "SK Rektor 12/2023" }, Json);
        var byName = await JatimHub.PostAsJsonAsync($"{Hub}/partners", new { name = "  Forum Inovasi Jawa Timur ", type = "other" }, Json);

        await Expect.StatusAsync(byAgency, HttpStatusCode.Created);
        await Expect.StatusAsync(byName, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/hubs/{JatimHubId}", byAgency.Headers.Location?.OriginalString);
        var agencyPartner = await byAgency.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(unair, agencyPartner.GetProperty("agencyId").GetGuid());
        Assert.Equal("Universitas Airlangga", agencyPartner.GetProperty("name").GetString());
        Assert.Equal("university", agencyPartner.GetProperty("type").GetString());
        Assert.Equal("SK Rektor 12/2023", agencyPartner.GetProperty("supportStatementRef").GetString());
        var namedPartner = await byName.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(JsonValueKind.Null, namedPartner.GetProperty("agencyId").ValueKind);
        Assert.Equal("Forum Inovasi Jawa Timur", namedPartner.GetProperty("name").GetString());
        Assert.Equal("other", namedPartner.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, namedPartner.GetProperty("supportStatementRef").ValueKind);

        var partners = await PartnersAsync();
        Guid[] added = [agencyPartner.GetProperty("id").GetGuid(), namedPartner.GetProperty("id").GetGuid()];
        Assert.Equal(added.Order(), partners.Select(p => p.GetProperty("id").GetGuid()).Order());
        Assert.Contains(partners, p => p.GetProperty("name").GetString() == "Universitas Airlangga" && p.GetProperty("agencyId").GetGuid() == unair);

        var removed = await JatimHub.DeleteAsync($"{Hub}/partners/{agencyPartner.GetProperty("id").GetGuid()}");

        await Expect.StatusAsync(removed, HttpStatusCode.NoContent);
        var left = Assert.Single(await PartnersAsync());
        Assert.Equal("Forum Inovasi Jawa Timur", left.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Activities_are_listed_newest_first_and_paged_without_duplicates_or_gaps()
    {
        var innovation = await InStateAsync("published");
        var recorded = new List<Guid>();
        foreach (var (type, title) in new[]
        {
            ("mentoring", "Pendampingan Inovasi Kabupaten"),
            ("knowledgeExchange", "Studi Tiru ke Sulawesi Selatan"),
            ("promotion", "Pameran Inovasi Jawa Timur"),
            ("replicationForum", "Forum Replikasi Perizinan Online"),
            ("mentoring", "Klinik Inovasi Kota"),
        })
        {
            var activity = await RecordAsync(JatimHub, ActivityBody(type, title, innovationIds: [innovation]));
            recorded.Add(activity.GetProperty("id").GetGuid());
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Anonymous.GetFromJsonAsync<JsonElement>($"{Hub}/activities?pageSize=2" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Json);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(recorded), seen);
        var mentoring = await Anonymous.GetFromJsonAsync<JsonElement>($"{Hub}/activities?type=mentoring", Json);
        Assert.Equal([recorded[4], recorded[0]], mentoring.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
        var first = mentoring.GetProperty("items")[0];
        Assert.Equal("Klinik Inovasi Kota", first.GetProperty("title").GetString());
        Assert.Equal([innovation], first.GetProperty("innovationIds").EnumerateArray().Select(i => i.GetGuid()));
    }

    [Fact]
    public async Task A_recorded_activity_answers_201_with_the_activity()
    {
        var innovation = await InStateAsync("published");
        var body = ActivityBody("knowledgeExchange", "  Studi Tiru Mal Pelayanan Publik ", agencyIds: [SurabayaId, SurabayaId], innovationIds: [innovation]);
        body["heldOn"] = "2000-01-01";
        body["notes"] = "Diikuti 40 peserta dari 12 kabupaten/kota.";

        var response = await Ministry.PostAsJsonAsync($"{Hub}/activities", body, Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/hubs/{JatimHubId}/activities", response.Headers.Location?.OriginalString);
        var activity = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(JatimHubId, activity.GetProperty("hubId").GetGuid());
        Assert.Equal("knowledgeExchange", activity.GetProperty("type").GetString());
        Assert.Equal("Studi Tiru Mal Pelayanan Publik", activity.GetProperty("title").GetString());
        Assert.Equal("2000-01-01", activity.GetProperty("heldOn").GetString());
        Assert.Equal([SurabayaId], activity.GetProperty("agencyIds").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal([innovation], activity.GetProperty("innovationIds").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal("Diikuti 40 peserta dari 12 kabupaten/kota.", activity.GetProperty("notes").GetString());
        Assert.EndsWith("Z", activity.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        var listed = Assert.Single((await Anonymous.GetFromJsonAsync<JsonElement>($"{Hub}/activities", Json)).GetProperty("items").EnumerateArray());
        Assert.Equal(activity.GetProperty("id").GetGuid(), listed.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_minimal_activity_has_empty_references_and_no_notes()
    {
        var activity = await RecordAsync(JatimHub, new Dictionary<string, object?> { ["type"] = "promotion", ["title"] = "Gelar Inovasi", ["heldOn"] = "2024-08-17" });

        Assert.Empty(activity.GetProperty("agencyIds").EnumerateArray());
        Assert.Empty(activity.GetProperty("innovationIds").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, activity.GetProperty("notes").ValueKind);
    }

    [Fact]
    public async Task Activities_of_another_hub_are_not_listed()
    {
        var baliHubId = (await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/51", Json)).GetProperty("hubId").GetGuid();
        await RecordAsync(BaliHub, ActivityBody("promotion", "Bali Innovation Day"), baliHubId);

        var jatim = await Anonymous.GetFromJsonAsync<JsonElement>($"{Hub}/activities", Json);
        var bali = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/hubs/{baliHubId}/activities", Json);

        Assert.Empty(jatim.GetProperty("items").EnumerateArray());
        Assert.Equal("Bali Innovation Day", Assert.Single(bali.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("agency", 403)]
    [InlineData("otherHub", 403)]
    [InlineData("thatHub", 201)]
    [InlineData("ministry", 201)]
    public async Task Adding_a_partner(string who, int status)
    {
        var before = await SnapshotAsync();

        var response = await Caller(who).PostAsJsonAsync($"{Hub}/partners", new { name = "Universitas Brawijaya", type = "university" }, Json);

        await ExpectOutcomeAsync(response, status);
        if (status != 201)
        {
            Assert.Equal(before, await SnapshotAsync());
        }

        string[] expected = status == 201 ? ["Universitas Brawijaya"] : [];
        Assert.Equal(expected, (await PartnersAsync()).Select(p => p.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("agency", 403)]
    [InlineData("otherHub", 403)]
    [InlineData("thatHub", 204)]
    [InlineData("ministry", 204)]
    public async Task Removing_a_partner(string who, int status)
    {
        var partnerId = await AddPartnerAsync("Universitas Brawijaya");
        var before = await SnapshotAsync();

        var response = await Caller(who).DeleteAsync($"{Hub}/partners/{partnerId}");

        await ExpectOutcomeAsync(response, status);
        if (status != 204)
        {
            Assert.Equal(before, await SnapshotAsync());
        }

        Assert.Equal(status != 204, (await PartnersAsync()).Any(p => p.GetProperty("id").GetGuid() == partnerId));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("agency", 403)]
    [InlineData("otherHub", 403)]
    [InlineData("thatHub", 201)]
    [InlineData("ministry", 201)]
    public async Task Recording_an_activity(string who, int status)
    {
        var before = await SnapshotAsync();

        var response = await Caller(who).PostAsJsonAsync($"{Hub}/activities", ActivityBody("mentoring", "Pendampingan Inovasi Desa"), Json);

        await ExpectOutcomeAsync(response, status);
        if (status != 201)
        {
            Assert.Equal(before, await SnapshotAsync());
        }

        var listed = await Anonymous.GetFromJsonAsync<JsonElement>($"{Hub}/activities", Json);
        Assert.Equal(status == 201 ? 1 : 0, listed.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("reader")]
    [InlineData("agency")]
    [InlineData("otherHub")]
    public async Task Anyone_may_list_a_hubs_activities(string who)
    {
        await RecordAsync(JatimHub, ActivityBody("promotion", "Gelar Inovasi"));

        var response = await Caller(who).GetAsync($"{Hub}/activities");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task The_same_partner_twice_is_409_by_agency_and_by_name()
    {
        var unair = await RegisterAgencyAsync("Universitas Airlangga", "university");
        await AddPartnerAsync("Forum Inovasi Jawa Timur");
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{Hub}/partners", new { agencyId = unair }, Json), HttpStatusCode.Created);
        var before = await SnapshotAsync();

        var sameAgency = await JatimHub.PostAsJsonAsync($"{Hub}/partners", new { agencyId = unair, supportStatementRef = "Surat 2" }, Json);
        var sameName = await JatimHub.PostAsJsonAsync($"{Hub}/partners", new { name = "forum inovasi JAWA TIMUR", type = "other" }, Json);
        var nameOfTheAgency = await JatimHub.PostAsJsonAsync($"{Hub}/partners", new { name = "Universitas Airlangga", type = "university" }, Json);

        await Expect.ProblemAsync(sameAgency, HttpStatusCode.Conflict, "hub.duplicate_partner");
        await Expect.ProblemAsync(sameName, HttpStatusCode.Conflict, "hub.duplicate_partner");
        await Expect.ProblemAsync(nameOfTheAgency, HttpStatusCode.Conflict, "hub.duplicate_partner");
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(2, (await PartnersAsync()).Count);
    }

    [Fact]
    public async Task The_same_partner_may_support_two_hubs()
    {
        var baliHubId = (await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/51", Json)).GetProperty("hubId").GetGuid();
        await AddPartnerAsync("Forum Inovasi Nusantara");

        var response = await Ministry.PostAsJsonAsync($"{V1}/hubs/{baliHubId}/partners", new { name = "Forum Inovasi Nusantara", type = "other" }, Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
    }

    public static TheoryData<string, string> InvalidPartners => new()
    {
        { """{"agencyId":"{unair}","name":"Universitas Airlangga"}""", "name" },
        { """{"agencyId":"{unair}","type":"university"}""", "type" },
        { """{"type":"university"}""", "name" },
        { """{"name":"Universitas Brawijaya"}""", "type" },
        { """{}""", "name" },
        { """{"name":"   ","type":"other"}""", "name" },
        { $$"""{"name":"{{new string('n', 201)}}","type":"other"}""", "name" },
        { $$"""{"name":"Forum","type":"other","supportStatementRef":"{{new string('r', 201)}}"}""", "supportStatementRef" },
        { """{"agencyId":"0195e1a2-0000-7000-8000-000000000000"}""", "agencyId" },
        { """{"agencyId":"not-a-uuid"}""", "agencyId" },
        { """{"name":"Forum","type":"wizard"}""", "type" },
        { """{"name":"Forum","type":3}""", "type" },
        { """{"name":"Forum","type":"other","hubId":"{unair}"}""", "hubId" },
    };

    [Theory]
    [MemberData(nameof(InvalidPartners))]
    public async Task Invalid_partners_are_400_naming_the_field(string body, string field)
    {
        var unair = await RegisterAgencyAsync("Universitas Airlangga", "university");
        var before = await SnapshotAsync();

        var response = await SendJsonAsync(JatimHub, HttpMethod.Post, $"{Hub}/partners", body.Replace("{unair}", unair.ToString(), StringComparison.Ordinal));

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Empty(await PartnersAsync());
    }

    [Fact]
    public async Task A_support_statement_of_200_characters_and_a_name_of_200_are_accepted()
    {
        var response = await JatimHub.PostAsJsonAsync($"{Hub}/partners", new { name = new string('n', 200), type = "other", supportStatementRef = new string('r', 200) }, Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
    }

    public static TheoryData<string, string> InvalidActivities => new()
    {
        { """{"title":"Forum","heldOn":"2024-05-02"}""", "type" },
        { """{"type":"meeting","title":"Forum","heldOn":"2024-05-02"}""", "type" },
        { """{"type":"mentoring","heldOn":"2024-05-02"}""", "title" },
        { """{"type":"mentoring","title":"","heldOn":"2024-05-02"}""", "title" },
        { """{"type":"mentoring","title":"   ","heldOn":"2024-05-02"}""", "title" },
        { $$"""{"type":"mentoring","title":"{{new string('t', 201)}}","heldOn":"2024-05-02"}""", "title" },
        { """{"type":"mentoring","title":"Forum"}""", "heldOn" },
        { """{"type":"mentoring","title":"Forum","heldOn":"1999-12-31"}""", "heldOn" },
        { """{"type":"mentoring","title":"Forum","heldOn":"{tooLate}"}""", "heldOn" },
        { """{"type":"mentoring","title":"Forum","heldOn":"2024-02-30"}""", "heldOn" },
        { """{"type":"mentoring","title":"Forum","heldOn":"2024-05-02","agencyIds":["0195e1a2-0000-7000-8000-000000000000"]}""", "agencyIds" },
        { """{"type":"mentoring","title":"Forum","heldOn":"2024-05-02","agencyIds":["{surabaya}","0195e1a2-0000-7000-8000-000000000000"]}""", "agencyIds" },
        { """{"type":"mentoring","title":"Forum","heldOn":"2024-05-02","agencyIds":{tooManyAgencies}}""", "agencyIds" },
        { """{"type":"mentoring","title":"Forum","heldOn":"2024-05-02","innovationIds":["0195e1a2-0000-7000-8000-000000000000"]}""", "innovationIds" },
        { """{"type":"mentoring","title":"Forum","heldOn":"2024-05-02","innovationIds":{tooManyInnovations}}""", "innovationIds" },
        { $$"""{"type":"mentoring","title":"Forum","heldOn":"2024-05-02","notes":"{{new string('n', 4001)}}"}""", "notes" },
        { """{"type":"mentoring","title":"Forum","heldOn":"2024-05-02","hubId":"{surabaya}"}""", "hubId" },
    };

    [Theory]
    [MemberData(nameof(InvalidActivities))]
    public async Task Invalid_activities_are_400_naming_the_field(string body, string field)
    {
        var tooLate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).AddDays(2);
        var manyIds = JsonSerializer.Serialize(Enumerable.Repeat(SurabayaId, 51));
        body = body
            .Replace("{tooLate}", tooLate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{surabaya}", SurabayaId.ToString(), StringComparison.Ordinal)
            .Replace("{tooManyAgencies}", manyIds, StringComparison.Ordinal)
            .Replace("{tooManyInnovations}", JsonSerializer.Serialize(Enumerable.Range(0, 51).Select(_ => Guid.CreateVersion7())), StringComparison.Ordinal);
        var before = await SnapshotAsync();

        var response = await SendJsonAsync(JatimHub, HttpMethod.Post, $"{Hub}/activities", body);

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("submitted")]
    [InlineData("returned")]
    [InlineData("archived")]
    public async Task An_innovation_that_is_not_published_is_400_in_innovationIds(string state)
    {
        var published = await InStateAsync("published");
        var other = await InStateAsync(state);
        var before = await SnapshotAsync();

        var response = await JatimHub.PostAsJsonAsync($"{Hub}/activities", ActivityBody("mentoring", "Pendampingan", innovationIds: [published, other]), Json);

        var problem = await Expect.ValidationProblemAsync(response, "innovationIds");
        var message = problem.GetProperty("errors").GetProperty("innovationIds")[0].GetString()!;
        Assert.Contains(other.ToString(), message, StringComparison.Ordinal);
        Assert.DoesNotContain(published.ToString(), message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Fifty_references_and_a_date_a_year_ahead_are_accepted()
    {
        var innovation = await InStateAsync("published");
        var body = ActivityBody("replicationForum", "Forum Replikasi", agencyIds: [.. Enumerable.Repeat(SurabayaId, 50)], innovationIds: [.. Enumerable.Repeat(innovation, 50)]);
        body["heldOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        body["notes"] = new string('n', 4000);
        body["title"] = new string('t', 200);

        var activity = await RecordAsync(JatimHub, body);

        Assert.Equal([SurabayaId], activity.GetProperty("agencyIds").EnumerateArray().Select(i => i.GetGuid()));
    }

    [Fact]
    public async Task Unknown_hubs_and_partners_are_404()
    {
        var unknownHub = $"{V1}/hubs/0195e1a2-0000-7000-8000-000000000000";
        var baliHubId = (await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/51", Json)).GetProperty("hubId").GetGuid();
        var baliPartner = await Ministry.PostAsJsonAsync($"{V1}/hubs/{baliHubId}/partners", new { name = "Universitas Udayana", type = "university" }, Json);
        await Expect.StatusAsync(baliPartner, HttpStatusCode.Created);
        var baliPartnerId = (await baliPartner.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        var before = await SnapshotAsync();

        await Expect.ProblemAsync(await Ministry.PostAsJsonAsync($"{unknownHub}/partners", new { name = "Forum", type = "other" }, Json), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await Ministry.DeleteAsync($"{unknownHub}/partners/{baliPartnerId}"), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await Ministry.PostAsJsonAsync($"{unknownHub}/activities", ActivityBody("mentoring", "Forum"), Json), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{unknownHub}/activities"), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await JatimHub.DeleteAsync($"{Hub}/partners/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound, "not_found");

        // A partner of another hub is not a partner of this one.
        await Expect.ProblemAsync(await Ministry.DeleteAsync($"{Hub}/partners/{baliPartnerId}"), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("type=meeting", "type")]
    [InlineData("type=1", "type")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_activity_list_parameters_are_400(string query, string field)
    {
        var response = await Anonymous.GetAsync($"{Hub}/activities?{query}");

        await Expect.ValidationProblemAsync(response, field);
    }

    private static Dictionary<string, object?> ActivityBody(string type, string title, Guid[]? agencyIds = null, Guid[]? innovationIds = null) => new()
    {
        ["type"] = type,
        ["title"] = title,
        ["heldOn"] = "2024-05-02",
        ["agencyIds"] = agencyIds ?? [],
        ["innovationIds"] = innovationIds ?? [],
    };

    private async Task<JsonElement> RecordAsync(HttpClient client, Dictionary<string, object?> body, Guid? hubId = null)
    {
        var response = await client.PostAsJsonAsync($"{V1}/hubs/{hubId ?? JatimHubId}/activities", body, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private async Task<Guid> AddPartnerAsync(string name)
    {
        var response = await Ministry.PostAsJsonAsync($"{Hub}/partners", new { name, type = "other" }, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    private async Task<Guid> RegisterAgencyAsync(string name, string type)
    {
        var response = await Ministry.PostAsJsonAsync($"{V1}/agencies", new { name, type, provinceCode = "35" }, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    private async Task<List<JsonElement>> PartnersAsync() =>
        [.. (await Anonymous.GetFromJsonAsync<JsonElement>(Hub, Json)).GetProperty("partners").EnumerateArray()];

    private static async Task ExpectOutcomeAsync(HttpResponseMessage response, int status)
    {
        switch (status)
        {
            case 401:
                await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
                break;
            case 403:
                await Expect.ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
                break;
            default:
                await Expect.StatusAsync(response, (HttpStatusCode)status);
                break;
        }
    }

    private static async Task<HttpResponseMessage> SendJsonAsync(HttpClient client, HttpMethod method, string path, string body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request);
    }

    /// <summary>Every hub's partners and activities, to show that a refused request changed nothing.</summary>
    private Task<string> SnapshotAsync() => Factory.WithDbAsync(async db =>
    {
        var partners = await db.HubPartners.OrderBy(p => p.Id).Select(p => p.Id + ":" + p.HubId + ":" + p.Name + ":" + p.SupportStatementRef).ToListAsync();
        var activities = await db.HubActivities.OrderBy(a => a.Id).Select(a => a.Id + ":" + a.HubId).ToListAsync();
        return $"{string.Join(",", partners)}|{string.Join(",", activities)}";
    });
}
