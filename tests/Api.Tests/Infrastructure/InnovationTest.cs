using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jipp.Api.Tests.Infrastructure;

/// <summary>
/// Base of the registry tests: the Surabaya city government (province 35, a hub) as owner, with
/// clients for it, another agency, the Jawa Timur hub, another hub, a reader and the ministry.
/// </summary>
public abstract class InnovationTest(ApiFactory factory) : ApiTest(factory)
{
    protected const string Innovations = "/api/v1/innovations";

    protected Guid SurabayaId { get; private set; }

    protected Guid JatimHubId { get; private set; }

    protected HttpClient Owner { get; private set; } = null!;

    protected HttpClient OtherAgency { get; private set; } = null!;

    protected HttpClient JatimHub { get; private set; } = null!;

    protected HttpClient BaliHub { get; private set; } = null!;

    protected HttpClient Reader { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var surabaya = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies?q=Kota%20Surabaya", Json);
        SurabayaId = surabaya.GetProperty("items")[0].GetProperty("id").GetGuid();
        JatimHubId = (await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/35", Json)).GetProperty("hubId").GetGuid();
        var baliHubId = (await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/51", Json)).GetProperty("hubId").GetGuid();

        Owner = await ClientWithRoleAsync("agency", agencyId: SurabayaId);
        OtherAgency = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("51"));
        JatimHub = await ClientWithRoleAsync("hub", hubId: JatimHubId);
        BaliHub = await ClientWithRoleAsync("hub", hubId: baliHubId);
        Reader = await ClientWithRoleAsync("reader");
    }

    /// <summary>A valid innovation registration body.</summary>
    public static Dictionary<string, object?> Body(string title = "Perizinan Online Terpadu", string sector = "investment") => new()
    {
        ["title"] = title,
        ["unitName"] = "Dinas Penanaman Modal dan PTSP",
        ["summary"] = "Layanan perizinan usaha secara daring dalam satu pintu.",
        ["problem"] = "Pengurusan izin usaha memakan waktu berminggu-minggu dan mengharuskan warga datang berkali-kali.",
        ["solution"] = "Seluruh permohonan diajukan dan dilacak secara daring, dengan tanda tangan elektronik.",
        ["novelty"] = "Pertama di wilayah ini yang memadukan semua izin dalam satu aplikasi.",
        ["impact"] = "Waktu layanan turun dari 14 hari menjadi 3 hari.",
        ["sector"] = sector,
        ["form"] = "publicService",
        ["digital"] = true,
        ["maturityStage"] = "implementation",
        ["startedOn"] = "2022-01-10",
        ["implementedOn"] = "2022-06-01",
        ["evidenceLinks"] = new[] { "https://surabaya.go.id/inovasi/perizinan-online" },
        ["replicable"] = true,
    };

    protected async Task<JsonElement> RegisterAsync(Dictionary<string, object?>? body = null)
    {
        var response = await Owner.PostAsJsonAsync(Innovations, body ?? Body(), Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    protected static async Task<JsonElement> ActAsync(HttpClient client, Guid id, string action, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"{Innovations}/{id}/{action}", body ?? new { }, Json);
        await Expect.StatusAsync(response, expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    /// <summary>Registers an innovation and takes it to the given state through the API.</summary>
    protected async Task<Guid> InStateAsync(string state, Dictionary<string, object?>? body = null)
    {
        var id = (await RegisterAsync(body)).GetProperty("id").GetGuid();
        switch (state)
        {
            case "draft":
                break;
            case "submitted":
                await ActAsync(Owner, id, "submission");
                break;
            case "returned":
                await ActAsync(Owner, id, "submission");
                await ActAsync(Ministry, id, "verification", new { decision = "return", notes = "Lengkapi bukti dukung." });
                break;
            case "published":
                await ActAsync(Owner, id, "submission");
                await ActAsync(Ministry, id, "verification", new { decision = "publish" });
                break;
            case "archived":
                await ActAsync(Owner, id, "archival");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }

        return id;
    }

    protected async Task<string> StateOfAsync(Guid id) =>
        (await Ministry.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}", Json)).GetProperty("state").GetString()!;
}
