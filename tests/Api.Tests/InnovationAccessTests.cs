using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

/// <summary>The role and scope matrix of every registry route, and who sees what.</summary>
public sealed class InnovationAccessTests(ApiFactory factory) : InnovationTest(factory)
{
    private HttpClient Caller(string who) => who switch
    {
        "anonymous" => Anonymous,
        "reader" => Reader,
        "owner" => Owner,
        "otherAgency" => OtherAgency,
        "provinceHub" => JatimHub,
        "otherHub" => BaliHub,
        "ministry" => Ministry,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("provinceHub", 403)]
    [InlineData("otherAgency", 403)]
    [InlineData("owner", 201)]
    [InlineData("ministry", 201)]
    public async Task Registering_for_the_Surabaya_government(string who, int status)
    {
        var body = Body();
        body["agencyId"] = SurabayaId;

        var response = await Caller(who).PostAsJsonAsync(Innovations, body, Json);

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task The_ministry_must_name_the_owner_agency()
    {
        var response = await Ministry.PostAsJsonAsync(Innovations, Body(), Json);

        await Expect.ValidationProblemAsync(response, "agencyId");
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("provinceHub", 403)]
    [InlineData("ministry", 403)]
    [InlineData("otherAgency", 404)]
    [InlineData("owner", 200)]
    public async Task Updating_a_draft(string who, int status)
    {
        var id = await InStateAsync("draft");

        var response = await Caller(who).PutAsJsonAsync($"{Innovations}/{id}", Body(title: "Judul Baru"), Json);

        Assert.Equal(status, (int)response.StatusCode);
        var title = (await Ministry.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}", Json)).GetProperty("title").GetString();
        Assert.Equal(status == 200 ? "Judul Baru" : "Perizinan Online Terpadu", title);
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("provinceHub", 403)]
    [InlineData("ministry", 403)]
    [InlineData("otherAgency", 404)]
    [InlineData("owner", 200)]
    public async Task Submitting_a_draft(string who, int status)
    {
        var id = await InStateAsync("draft");

        var response = await Caller(who).PostAsJsonAsync($"{Innovations}/{id}/submission", new { }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "submitted" : "draft", await StateOfAsync(id));
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("owner", 403)]
    [InlineData("otherAgency", 403)]
    [InlineData("otherHub", 404)]
    [InlineData("provinceHub", 200)]
    [InlineData("ministry", 200)]
    public async Task Verifying_a_submitted_innovation(string who, int status)
    {
        var id = await InStateAsync("submitted");

        var response = await Caller(who).PostAsJsonAsync($"{Innovations}/{id}/verification", new { decision = "publish" }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "published" : "submitted", await StateOfAsync(id));
    }

    [Fact]
    public async Task A_hub_may_not_verify_an_innovation_of_another_province_it_can_see()
    {
        var id = await InStateAsync("published");

        var response = await BaliHub.PostAsJsonAsync($"{Innovations}/{id}/verification", new { decision = "publish" }, Json);

        await Expect.ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("reader", 403)]
    [InlineData("provinceHub", 403)]
    [InlineData("otherAgency", 403)]
    [InlineData("owner", 200)]
    [InlineData("ministry", 200)]
    public async Task Archiving_a_published_innovation(string who, int status)
    {
        var id = await InStateAsync("published");

        var response = await Caller(who).PostAsJsonAsync($"{Innovations}/{id}/archival", new { }, Json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "archived" : "published", await StateOfAsync(id));
    }

    [Theory]
    [InlineData("draft", "anonymous", false)]
    [InlineData("draft", "reader", false)]
    [InlineData("draft", "otherAgency", false)]
    [InlineData("draft", "provinceHub", false)]
    [InlineData("draft", "owner", true)]
    [InlineData("draft", "ministry", true)]
    [InlineData("submitted", "provinceHub", true)]
    [InlineData("submitted", "otherHub", false)]
    [InlineData("submitted", "reader", false)]
    [InlineData("returned", "owner", true)]
    [InlineData("returned", "anonymous", false)]
    [InlineData("published", "anonymous", true)]
    [InlineData("published", "otherHub", true)]
    [InlineData("published", "otherAgency", true)]
    [InlineData("archived", "anonymous", false)]
    [InlineData("archived", "owner", true)]
    public async Task Who_sees_an_innovation_in_detail_and_in_lists(string state, string who, bool sees)
    {
        var id = await InStateAsync(state);
        var caller = Caller(who);

        var detail = await caller.GetAsync($"{Innovations}/{id}");
        var list = await caller.GetFromJsonAsync<JsonElement>($"{Innovations}?pageSize=100", Json);
        var filtered = await caller.GetFromJsonAsync<JsonElement>($"{Innovations}?state={state}&agencyId={SurabayaId}", Json);

        if (sees)
        {
            await Expect.StatusAsync(detail, HttpStatusCode.OK);
        }
        else
        {
            await Expect.ProblemAsync(detail, HttpStatusCode.NotFound, "not_found");
        }

        Assert.Equal(sees, list.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == id));
        Assert.Equal(sees, filtered.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == id));
    }

    [Fact]
    public async Task Unknown_innovation_is_404_for_reads_and_actions()
    {
        var id = Guid.CreateVersion7();

        await Expect.ProblemAsync(await Anonymous.GetAsync($"{Innovations}/{id}"), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", Body(), Json), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await Ministry.PostAsJsonAsync($"{Innovations}/{id}/verification", new { decision = "publish" }, Json), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await Ministry.PostAsJsonAsync($"{Innovations}/{id}/archival", new { }, Json), HttpStatusCode.NotFound, "not_found");
    }
}
