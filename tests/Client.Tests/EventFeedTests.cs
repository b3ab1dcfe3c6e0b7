using Jipp.Api.Tests.Infrastructure;
using Jipp.Client.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Jipp.Client.Tests;

/// <summary>
/// The event feed read through the generated client: its items are described as a <c>oneOf</c> of the catalogue's
/// types, which a generator must still turn into a client that reads every item, whatever its type.
/// </summary>
public sealed class EventFeedTests(ClientApiFactory factory) : IClassFixture<ClientApiFactory>, IAsyncLifetime
{
    private readonly JippClient _anonymous = factory.Client();
    private readonly JippClient _ministry = factory.Client(ApiFactoryBase.AdminKey);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_generated_client_reads_events_of_every_type_in_the_feed()
    {
        var surabaya = Assert.Single((await _anonymous.ListAgenciesAsync(type: AgencyType.CityGovernment, provinceCode: "35", q: "Kota Surabaya")).Items);
        var owner = factory.Client((await _ministry.CreateApiClientAsync(new CreateApiClient { Name = "Sistem Inovasi Surabaya", Role = ApiClientRole.Agency, AgencyId = surabaya.Id })).Key);
        var innovation = await owner.RegisterInnovationAsync(new InnovationInput
        {
            Title = "Surabaya Single Window",
            UnitName = "Dinas Penanaman Modal dan PTSP",
            Summary = "Perizinan berusaha diajukan dan dipantau secara daring.",
            Problem = "Pemohon izin harus mendatangi beberapa dinas.",
            Solution = "Satu portal daring untuk pengajuan dan pelacakan izin.",
            Novelty = "Seluruh izin daerah dalam satu alur.",
            Impact = "Waktu penerbitan izin turun dari 14 hari menjadi 3 hari.",
            Sector = "investment",
            Form = InnovationForm.PublicService,
            Digital = true,
            MaturityStage = MaturityStage.Implementation,
            StartedOn = new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero),
            ImplementedOn = new DateTimeOffset(2022, 1, 10, 0, 0, 0, TimeSpan.Zero),
            Replicable = true,
        });
        await owner.SubmitInnovationAsync(innovation.Id);
        await _ministry.VerifyInnovationAsync(innovation.Id, new VerificationInput { Decision = VerificationDecision.Publish });

        var page = await _ministry.ListEventsAsync(after: 0, limit: 1000);

        var events = page.Items.Where(e => e.Subject.Id == innovation.Id.ToString()).ToList();
        Assert.Equal(["innovation.stateChanged", "innovation.stateChanged", "innovation.stateChanged", "innovation.published"], events.Select(e => $"{e.Type}"));
        var published = JObject.FromObject(events[^1].Data);
        Assert.Equal(innovation.Id.ToString(), (string?)published["innovationId"]);
        Assert.Equal("investment", (string?)published["sector"]);
        Assert.Equal(events[^1].Sequence, page.NextAfter);
    }
}
