using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

/// <summary>
/// Problem titles, details and validation messages follow Accept-Language: Indonesian for <c>id</c>
/// and its variants, English by default and for any language the service does not speak; the
/// <c>code</c> never changes, and Content-Language names the language of the text.
/// </summary>
public sealed class LocalizationTests(ApiFactory factory) : InnovationTest(factory)
{
    public static TheoryData<string?, string> Languages => new()
    {
        { null, "en" },
        { "id", "id" },
        { "id-ID,id;q=0.9", "id" },
        { "en-US", "en" },
        { "fr", "en" },
        { "fr-FR, id;q=0.5", "id" },
        { "en;q=0.4, id-ID;q=0.8", "id" },
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? language, object? body = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        configure?.Invoke(request);
        return await client.SendAsync(request);
    }

    private static void AssertLanguage(HttpResponseMessage response, JsonElement problem, string expected, string english, string indonesian, string? englishDetail = null, string? indonesianDetail = null)
    {
        Assert.Equal(expected, Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Equal(expected == "id" ? indonesian : english, problem.GetProperty("title").GetString());
        if (englishDetail is not null)
        {
            Assert.Equal(expected == "id" ? indonesianDetail : englishDetail, problem.GetProperty("detail").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_validation_problem_is_in_the_requested_language(string? language, string expected)
    {
        var body = Body();
        body["title"] = "";
        body["startedOn"] = "2999-01-01";

        var response = await SendAsync(Owner, HttpMethod.Post, Innovations, language, body);

        var problem = await Expect.ValidationProblemAsync(response, "title");
        AssertLanguage(response, problem, expected, "The request is not valid.", "Permintaan tidak valid.", "One or more fields are not valid; see errors.", "Satu atau lebih isian tidak valid; lihat errors.");
        var errors = problem.GetProperty("errors");
        var title = errors.GetProperty("title").EnumerateArray().Select(m => m.GetString()!).ToList();
        var startedOn = Assert.Single(errors.GetProperty("startedOn").EnumerateArray()).GetString();
        if (expected == "id")
        {
            Assert.Contains("'Title' wajib diisi.", title);
            Assert.Equal("startedOn tidak boleh di masa depan.", startedOn);
        }
        else
        {
            Assert.Contains("'Title' is required.", title);
            Assert.Equal("startedOn cannot be in the future.", startedOn);
        }
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("id-ID", "id")]
    public async Task FluentValidation_default_messages_are_translated_too(string? language, string expected)
    {
        var response = await SendAsync(Ministry, HttpMethod.Put, $"{V1}/cohorts/2024/policy", language, new { minScore = 101, minPublishedInnovations = 10, minRegencyCoverage = 0.25, minPartners = 1 });

        var problem = await Expect.ValidationProblemAsync(response, "minScore");
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("minScore").EnumerateArray()).GetString()!;
        Assert.Contains(expected == "id" ? "harus di antara 0 dan 100" : "must be between 0 and 100", message, StringComparison.Ordinal);
        Assert.Equal(expected, Assert.Single(response.Content.Headers.ContentLanguage));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_missing_resource_is_named_in_the_requested_language(string? language, string expected)
    {
        var id = Guid.CreateVersion7();

        var response = await SendAsync(Ministry, HttpMethod.Get, $"{Innovations}/{id}", language);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not_found");
        AssertLanguage(response, problem, expected, "Not found.", "Sumber daya tidak ditemukan.", $"Innovation '{id}' was not found.", $"Inovasi '{id}' tidak ditemukan.");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task An_invalid_transition_names_the_states_in_the_requested_language(string? language, string expected)
    {
        var id = await InStateAsync("published");

        var response = await SendAsync(Owner, HttpMethod.Post, $"{Innovations}/{id}/submission", language, new { });

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "invalid_transition");
        AssertLanguage(
            response,
            problem,
            expected,
            "A business rule refused the request.",
            "Permintaan ditolak oleh aturan bisnis.",
            "Cannot submit an innovation that is published; only one that is draft or returned.",
            "Tidak dapat mengajukan inovasi yang berstatus published; hanya inovasi yang berstatus draft atau returned.");
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("id", "id")]
    [InlineData("fr", "en")]
    public async Task A_domain_rule_with_arguments_renders_them_in_either_language(string? language, string expected)
    {
        var first = await SendAsync(Ministry, HttpMethod.Post, $"{V1}/agencies", null, new { name = "Universitas Airlangga", type = "university", provinceCode = "35" });
        await Expect.StatusAsync(first, HttpStatusCode.Created);

        var response = await SendAsync(Ministry, HttpMethod.Post, $"{V1}/agencies", language, new { name = "Universitas Airlangga", type = "university", provinceCode = "35" });

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "agency.duplicate_name");
        AssertLanguage(response, problem, expected, "A business rule refused the request.", "Permintaan ditolak oleh aturan bisnis.", "An agency named 'Universitas Airlangga' is already registered.", "Instansi bernama 'Universitas Airlangga' sudah terdaftar.");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_missing_key_is_401_in_the_requested_language(string? language, string expected)
    {
        var response = await SendAsync(Anonymous, HttpMethod.Post, Innovations, language, Body());

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        AssertLanguage(response, problem, expected, "Unauthenticated.", "Belum terautentikasi.", "This operation needs an API key in the X-Api-Key header.", "Operasi ini memerlukan kunci API pada header X-Api-Key.");
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("id-ID,id;q=0.9", "id")]
    public async Task A_role_refusal_and_a_scope_refusal_are_403_in_the_requested_language(string? language, string expected)
    {
        var byRole = await SendAsync(Reader, HttpMethod.Post, Innovations, language, Body());
        var problem = await Expect.ProblemAsync(byRole, HttpStatusCode.Forbidden, "forbidden");
        AssertLanguage(byRole, problem, expected, "Forbidden.", "Akses ditolak.", "Your API client's role may not call this operation.", "Peran klien API Anda tidak berwenang memanggil operasi ini.");

        var id = await InStateAsync("published");
        var byScope = await SendAsync(OtherAgency, HttpMethod.Post, $"{Innovations}/{id}/archival", language, new { });
        problem = await Expect.ProblemAsync(byScope, HttpStatusCode.Forbidden, "forbidden");
        AssertLanguage(byScope, problem, expected, "Forbidden.", "Akses ditolak.", "Only the owner agency or the ministry may archive an innovation.", "Hanya instansi pemilik atau kementerian yang dapat mengarsipkan inovasi.");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_stale_if_match_is_412_in_the_requested_language(string? language, string expected)
    {
        var id = await InStateAsync("draft");
        var stale = (await Owner.GetAsync($"{Innovations}/{id}")).Headers.ETag!.Tag;
        await Expect.StatusAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", Body(title: "Perubahan Pertama"), Json), HttpStatusCode.OK);

        var response = await SendAsync(Owner, HttpMethod.Put, $"{Innovations}/{id}", language, Body(title: "Perubahan Kedua"), r => r.Headers.TryAddWithoutValidation("If-Match", stale));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "precondition_failed");
        AssertLanguage(
            response,
            problem,
            expected,
            "Precondition failed.",
            "Prasyarat tidak terpenuhi.",
            "The resource has changed since the ETag given in If-Match; read it again and retry with its current ETag.",
            "Sumber daya telah berubah sejak ETag yang diberikan dalam If-Match; baca ulang lalu coba lagi dengan ETag terbarunya.");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_reused_idempotency_key_is_422_in_the_requested_language(string? language, string expected)
    {
        static void Key(HttpRequestMessage request) => request.Headers.Add("Idempotency-Key", "bahasa-001");
        await Expect.StatusAsync(await SendAsync(Owner, HttpMethod.Post, Innovations, null, Body(title: "Pertama"), Key), HttpStatusCode.Created);

        var response = await SendAsync(Owner, HttpMethod.Post, Innovations, language, Body(title: "Kedua"), Key);

        var problem = await Expect.ProblemAsync(response, (HttpStatusCode)422, "idempotency_key_reused");
        AssertLanguage(
            response,
            problem,
            expected,
            "Idempotency key reused.",
            "Idempotency-Key dipakai ulang.",
            "This Idempotency-Key was used with a different request; use a new key for a new request.",
            "Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda; gunakan kunci baru untuk permintaan baru.");
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("id", "id")]
    public async Task Malformed_json_and_unknown_routes_are_in_the_requested_language(string? language, string expected)
    {
        using var malformed = new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json");
        var json = await SendAsync(Owner, HttpMethod.Post, Innovations, language, configure: r => r.Content = malformed);
        var problem = await Expect.ProblemAsync(json, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(expected == "id" ? "Anggota isi permintaan 'title' tidak valid." : "The body member 'title' is not valid.", problem.GetProperty("detail").GetString());
        Assert.Equal(expected, Assert.Single(json.Content.Headers.ContentLanguage));

        var unknown = await SendAsync(Anonymous, HttpMethod.Get, $"{V1}/tidak-ada", language);
        problem = await Expect.ProblemAsync(unknown, HttpStatusCode.NotFound, "not_found");
        Assert.Equal(expected, Assert.Single(unknown.Content.Headers.ContentLanguage));
        Assert.Equal(
            expected == "id" ? "Tidak ada sumber daya pada path ini. Rute diawali dengan /api/v1; lihat /swagger." : "There is no resource at this path. Routes start with /api/v1; see /swagger.",
            problem.GetProperty("detail").GetString());
        if (expected == "id")
        {
            Assert.Equal("Sumber daya tidak ditemukan.", problem.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Data_is_the_same_in_either_language()
    {
        var english = await SendAsync(Anonymous, HttpMethod.Get, $"{V1}/provinces/35", "en");
        var indonesian = await SendAsync(Anonymous, HttpMethod.Get, $"{V1}/provinces/35", "id");

        await Expect.StatusAsync(english, HttpStatusCode.OK);
        await Expect.StatusAsync(indonesian, HttpStatusCode.OK);
        Assert.Equal(await english.Content.ReadAsStringAsync(), await indonesian.Content.ReadAsStringAsync());
    }
}
