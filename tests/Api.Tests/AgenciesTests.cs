using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

public sealed class AgenciesTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Paging_with_pageSize_100_reaches_all_553_seeded_agencies_once_in_name_order()
    {
        var names = new List<string>();
        var ids = new HashSet<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"{V1}/agencies?pageSize=100" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await Anonymous.GetFromJsonAsync<JsonElement>(url, Json);
            foreach (var agency in page.GetProperty("items").EnumerateArray())
            {
                Assert.True(ids.Add(agency.GetProperty("id").GetGuid()), "an agency appeared twice");
                names.Add(agency.GetProperty("name").GetString()!);
            }

            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(553, ids.Count);
        Assert.Equal(6, pages);
        Assert.Contains("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", names);
    }

    [Fact]
    public async Task Default_page_has_20_items_and_a_cursor()
    {
        var page = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies", Json);

        Assert.Equal(20, page.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.String, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Seeded_agencies_are_one_government_per_region_and_the_ministry()
    {
        async Task<int> CountAsync(string type)
        {
            var total = 0;
            string? cursor = null;
            do
            {
                var url = $"{V1}/agencies?type={type}&pageSize=100" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
                var page = await Anonymous.GetFromJsonAsync<JsonElement>(url, Json);
                total += page.GetProperty("items").GetArrayLength();
                cursor = page.GetProperty("nextCursor").GetString();
            }
            while (cursor is not null);
            return total;
        }

        Assert.Equal(1, await CountAsync("ministry"));
        Assert.Equal(38, await CountAsync("provincialGovernment"));
        Assert.Equal(416, await CountAsync("regencyGovernment"));
        Assert.Equal(98, await CountAsync("cityGovernment"));
    }

    [Fact]
    public async Task Filters_by_province_type_and_name_combine()
    {
        var jatimCities = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies?provinceCode=35&type=cityGovernment&pageSize=100", Json);
        var surabaya = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies?q=surabaya", Json);
        var literalPercent = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies?q=%25", Json);

        var cities = jatimCities.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(9, cities.Count);
        Assert.All(cities, c => Assert.Equal("35", c.GetProperty("provinceCode").GetString()));
        var match = Assert.Single(surabaya.GetProperty("items").EnumerateArray());
        Assert.Equal("Pemerintah Kota Surabaya", match.GetProperty("name").GetString());
        Assert.Equal("35.78", match.GetProperty("regencyCode").GetString());
        Assert.Empty(literalPercent.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("provinceCode=99", "provinceCode")]
    [InlineData("provinceCode=3", "provinceCode")]
    [InlineData("type=kingdom", "type")]
    [InlineData("type=99", "type")]
    [InlineData("cursor=%21%21%21", "cursor")]
    [InlineData("cursor=eyJ4IjoxfQ", "cursor")]
    public async Task Bad_list_parameters_are_400_validation_problems(string query, string field)
    {
        var response = await Anonymous.GetAsync($"{V1}/agencies?{query}");

        await Expect.ValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Agency_detail_has_its_fields()
    {
        var id = await ProvincialGovernmentIdAsync("51");

        var agency = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies/{id}", Json);

        Assert.Equal("Pemerintah Provinsi Bali", agency.GetProperty("name").GetString());
        Assert.Equal("provincialGovernment", agency.GetProperty("type").GetString());
        Assert.Equal("51", agency.GetProperty("provinceCode").GetString());
        Assert.Equal(JsonValueKind.Null, agency.GetProperty("regencyCode").ValueKind);
    }

    [Fact]
    public async Task Unknown_agency_is_404()
    {
        var response = await Anonymous.GetAsync($"{V1}/agencies/{Guid.CreateVersion7()}");

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Ministry_registers_a_university_that_can_then_be_read()
    {
        var response = await Ministry.PostAsJsonAsync($"{V1}/agencies", new { name = "Universitas Airlangga", type = "university", regencyCode = "35.78" }, Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("35", created.GetProperty("provinceCode").GetString());
        Assert.Equal("35.78", created.GetProperty("regencyCode").GetString());
        Assert.Equal($"/api/v1/agencies/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        var read = await Anonymous.GetFromJsonAsync<JsonElement>(response.Headers.Location!.OriginalString, Json);
        Assert.Equal("Universitas Airlangga", read.GetProperty("name").GetString());
        Assert.Equal(7, created.GetProperty("id").GetGuid().Version);
    }

    [Fact]
    public async Task Registering_a_name_twice_in_any_case_is_409()
    {
        await Ministry.PostAsJsonAsync($"{V1}/agencies", new { name = "Badan Riset dan Inovasi Nasional", type = "agency" }, Json);

        var again = await Ministry.PostAsJsonAsync($"{V1}/agencies", new { name = "  badan riset dan inovasi nasional ", type = "agency" }, Json);

        await Expect.ProblemAsync(again, HttpStatusCode.Conflict, "agency.duplicate_name");
        Assert.Equal(1, await CountAgenciesNamedAsync("Badan Riset dan Inovasi Nasional"));
    }

    [Theory]
    [InlineData("provincialGovernment")]
    [InlineData("regencyGovernment")]
    [InlineData("cityGovernment")]
    public async Task Regional_governments_cannot_be_registered(string type)
    {
        var response = await Ministry.PostAsJsonAsync($"{V1}/agencies", new { name = "Pemerintah Baru", type, provinceCode = "35", regencyCode = "35.78" }, Json);

        await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "agency.regional_government_exists");
        Assert.Equal(0, await CountAgenciesNamedAsync("Pemerintah Baru"));
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"name":"Universitas X","type":"university","id":"0195e1a2-0000-7000-8000-000000000000"}""", "id" },
        { """{"name":"Universitas X","type":"university","createdAt":"2020-01-01T00:00:00Z"}""", "createdAt" },
        { """{"type":"university"}""", "name" },
        { """{"name":"","type":"university"}""", "name" },
        { """{"name":"   ","type":"university"}""", "name" },
        { """{"name":null,"type":"university"}""", "name" },
        { """{"name":42,"type":"university"}""", "name" },
        { """{"name":"Universitas X"}""", "type" },
        { """{"name":"Universitas X","type":"kingdom"}""", "type" },
        { """{"name":"Universitas X","type":3}""", "type" },
        { """{"name":"Universitas X","type":"university","provinceCode":"99"}""", "provinceCode" },
        { """{"name":"Universitas X","type":"university","provinceCode":"Jatim"}""", "provinceCode" },
        { """{"name":"Universitas X","type":"university","regencyCode":"35.00"}""", "regencyCode" },
        { """{"name":"Universitas X","type":"university","provinceCode":"51","regencyCode":"35.78"}""", "regencyCode" },
        { """{"name":"Universitas X","type":"regionOwnedEnterprise"}""", "provinceCode" },
        { "{\"name\":\"" + new string('x', 201) + "\",\"type\":\"university\"}", "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_bodies_are_400_and_create_nothing(string body, string field)
    {
        var before = await CountAllAgenciesAsync();

        var response = await Ministry.PostAsync($"{V1}/agencies", new StringContent(body, Encoding.UTF8, "application/json"));

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal(before, await CountAllAgenciesAsync());
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task Malformed_json_is_400_and_creates_nothing(string body)
    {
        var before = await CountAllAgenciesAsync();

        var response = await Ministry.PostAsync($"{V1}/agencies", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.DoesNotContain("System.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAllAgenciesAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var response = await Ministry.PostAsync($"{V1}/agencies", new StringContent("name=x", Encoding.UTF8, "text/plain"));

        await Expect.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    private Task<int> CountAllAgenciesAsync() => Factory.WithDbAsync(db => db.Agencies.CountAsync());

    private Task<int> CountAgenciesNamedAsync(string name) =>
        Factory.WithDbAsync(db => db.Agencies.CountAsync(a => EF.Functions.ILike(a.Name, name)));
}
