using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jipp.Api.Tests.Infrastructure;

/// <summary>
/// Base of the replication tests: a published, replicable innovation of the Surabaya city
/// government (Jawa Timur, a hub) and the Bali provincial government (Bali, a hub) as requester.
/// </summary>
public abstract class ReplicationTest(ApiFactory factory) : InnovationTest(factory)
{
    protected const string Requests = "/api/v1/replication-requests";

    protected Guid InnovationId { get; private set; }

    protected Guid BaliGovernmentId { get; private set; }

    protected Guid BaliHubId { get; private set; }

    /// <summary>The Bali provincial government's client (the requester).</summary>
    protected HttpClient Requester => OtherAgency;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        InnovationId = await InStateAsync("published");
        BaliGovernmentId = await ProvincialGovernmentIdAsync("51");
        BaliHubId = (await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/51", Json)).GetProperty("hubId").GetGuid();
    }

    protected async Task<HttpResponseMessage> RequestAsync(HttpClient client, Guid? innovationId = null, Guid? requesterAgencyId = null) =>
        await client.PostAsJsonAsync(Requests, new { innovationId = innovationId ?? InnovationId, requesterAgencyId, motivation = "Kami ingin mempercepat perizinan di daerah kami.", plannedStartOn = "2024-01-15" }, Json);

    protected async Task<Guid> SubmittedAsync()
    {
        var response = await RequestAsync(Requester);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    protected static async Task<JsonElement> StepAsync(HttpClient client, Guid id, string action, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"{Requests}/{id}/{action}", body, Json);
        await Expect.StatusAsync(response, expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    protected static object Mentoring => new { heldOn = "2024-02-01", format = "virtual", topics = new[] { "Alur layanan", "Aplikasi" }, notes = "Pendampingan pertama." };

    /// <summary>Takes a new request to the given state through the API.</summary>
    protected async Task<Guid> RequestInStateAsync(string state)
    {
        var id = await SubmittedAsync();
        if (state == "submitted")
        {
            return id;
        }

        if (state == "rejected")
        {
            await StepAsync(BaliHub, id, "verification", new { approved = false, notes = "Belum relevan." });
            return id;
        }

        if (state == "cancelled")
        {
            await StepAsync(Requester, id, "cancellation", new { reason = "Prioritas berubah." });
            return id;
        }

        await StepAsync(BaliHub, id, "verification", new { approved = true });
        if (state == "verified")
        {
            return id;
        }

        await StepAsync(Owner, id, "agreement", new { agreedOn = "2024-01-20", documentRef = "PKS 12/2024" });
        if (state == "agreed")
        {
            return id;
        }

        await StepAsync(BaliHub, id, "mentoring-sessions", Mentoring);
        if (state == "inImplementation")
        {
            return id;
        }

        await StepAsync(Requester, id, "completion", new { completedOn = "2024-06-30", resultsSummary = "Layanan berjalan." });
        return id;
    }

    protected async Task<string> RequestStateAsync(Guid id) =>
        (await Ministry.GetFromJsonAsync<JsonElement>($"{Requests}/{id}", Json)).GetProperty("state").GetString()!;
}
