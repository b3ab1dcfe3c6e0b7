using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

public sealed class InnovationValidationTests(ApiFactory factory) : InnovationTest(factory)
{
    private static readonly string Tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, object?, string> InvalidFields => new()
    {
        { "title", "", "title" },
        { "title", "   ", "title" },
        { "title", new string('t', 201), "title" },
        { "summary", new string('s', 1001), "summary" },
        { "problem", new string('p', 4001), "problem" },
        { "unitName", null, "unitName" },
        { "sector", "space-exploration", "sector" },
        { "sector", "", "sector" },
        { "form", "poster", "form" },
        { "maturityStage", "finished", "maturityStage" },
        { "digital", "yes", "digital" },
        { "startedOn", Tomorrow, "startedOn" },
        { "startedOn", "13/02/2023", "startedOn" },
        { "implementedOn", "2021-12-31", "implementedOn" },
        { "implementedOn", null, "implementedOn" },
        { "evidenceLinks", new[] { "http://surabaya.go.id/inovasi" }, "evidenceLinks[0]" },
        { "evidenceLinks", new[] { "https://ok.go.id", "ftp://files.go.id/x" }, "evidenceLinks[1]" },
        { "evidenceLinks", new[] { "javascript:alert(1)" }, "evidenceLinks[0]" },
        { "evidenceLinks", new[] { "https://user:pass@evil.example/x" }, "evidenceLinks[0]" },
        { "evidenceLinks", new[] { "file:///etc/passwd" }, "evidenceLinks[0]" },
        { "evidenceLinks", Enumerable.Range(0, 11).Select(i => $"https://surabaya.go.id/{i}").ToArray(), "evidenceLinks" },
        { "agencyId", Guid.CreateVersion7(), "agencyId" },
        { "state", "published", "state" },
        { "id", Guid.CreateVersion7(), "id" },
        { "provinceCode", "51", "provinceCode" },
        { "hubId", Guid.CreateVersion7(), "hubId" },
        { "replicationCount", 5, "replicationCount" },
        { "publishedAt", "2023-01-01T00:00:00Z", "publishedAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Invalid_registrations_are_400_naming_the_field_and_create_nothing(string member, object? value, string field)
    {
        var body = Body();
        body[member] = value;

        var response = await Owner.PostAsJsonAsync(Innovations, body, Json);

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Innovations.CountAsync()));
    }

    [Fact]
    public async Task Implementation_stage_needs_implementedOn_but_earlier_stages_do_not()
    {
        var trial = Body();
        trial["maturityStage"] = "trial";
        trial.Remove("implementedOn");
        var implementation = Body();
        implementation.Remove("implementedOn");

        await Expect.StatusAsync(await Owner.PostAsJsonAsync(Innovations, trial, Json), HttpStatusCode.Created);
        await Expect.ValidationProblemAsync(await Owner.PostAsJsonAsync(Innovations, implementation, Json), "implementedOn");
    }

    [Fact]
    public async Task Evidence_links_are_stored_as_given_and_never_needed()
    {
        var body = Body();
        body["evidenceLinks"] = new[] { "https://10.0.0.1/internal", "https://surabaya.go.id/inovasi?id=7" };

        var created = await RegisterAsync(body);

        Assert.Equal(["https://10.0.0.1/internal", "https://surabaya.go.id/inovasi?id=7"], created.GetProperty("evidenceLinks").EnumerateArray().Select(l => l.GetString()));
        body.Remove("evidenceLinks");
        var none = await RegisterAsync(body);
        Assert.Empty(none.GetProperty("evidenceLinks").EnumerateArray());
    }

    [Fact]
    public async Task An_update_may_send_back_the_owners_own_agencyId_but_not_another_agencys()
    {
        var id = await InStateAsync("draft");
        var asRead = Body("Perizinan Online Terpadu 2.0");
        asRead["agencyId"] = SurabayaId;
        var otherOwner = Body("Diambil alih");
        otherOwner["agencyId"] = await ProvincialGovernmentIdAsync("51");

        await Expect.StatusAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", asRead, Json), HttpStatusCode.OK);
        await Expect.ValidationProblemAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", otherOwner, Json), "agencyId");

        var stored = await Ministry.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}", Json);
        Assert.Equal("Perizinan Online Terpadu 2.0", stored.GetProperty("title").GetString());
        Assert.Equal(SurabayaId, stored.GetProperty("agencyId").GetGuid());
    }

    [Fact]
    public async Task An_update_cannot_change_the_owner_or_break_the_rules()
    {
        var id = await InStateAsync("draft");
        var moved = Body();
        moved["agencyId"] = Guid.CreateVersion7();
        var future = Body();
        future["startedOn"] = Tomorrow;

        await Expect.ValidationProblemAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", moved, Json), "agencyId");
        await Expect.ValidationProblemAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", future, Json), "startedOn");

        var stored = await Ministry.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}", Json);
        Assert.Equal(SurabayaId, stored.GetProperty("agencyId").GetGuid());
        Assert.Equal("2022-01-10", stored.GetProperty("startedOn").GetString());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("state=deleted", "state")]
    [InlineData("maturityStage=done", "maturityStage")]
    [InlineData("sector=space", "sector")]
    [InlineData("provinceCode=99", "provinceCode")]
    [InlineData("regencyCode=35.00", "regencyCode")]
    [InlineData("regencyCode=Surabaya", "regencyCode")]
    [InlineData("agencyId=not-a-uuid", "agencyId")]
    [InlineData("replicable=maybe", "replicable")]
    [InlineData("startedFrom=2023-13-01", "startedFrom")]
    [InlineData("startedFrom=2023-06-01&startedTo=2023-01-01", "startedTo")]
    [InlineData("cursor=garbage", "cursor")]
    public async Task Bad_list_parameters_are_400(string query, string field)
    {
        var response = await Anonymous.GetAsync($"{Innovations}?{query}");

        await Expect.ValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task An_overlong_search_is_400()
    {
        var response = await Anonymous.GetAsync($"{Innovations}?q={new string('a', 201)}");

        await Expect.ValidationProblemAsync(response, "q");
    }
}
