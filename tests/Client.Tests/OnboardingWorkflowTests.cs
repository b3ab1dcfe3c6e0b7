using Jipp.Api.Tests.Infrastructure;
using Jipp.Client.Tests.Infrastructure;

namespace Jipp.Client.Tests;

/// <summary>
/// Hub onboarding, and the innovation registration that builds the province's track record, run
/// entirely through the C# client that NSwag generates from <c>docs/openapi/v1.json</c> at build
/// time: the committed document is enough for a code generator to produce a working client.
/// </summary>
public sealed class OnboardingWorkflowTests(ClientApiFactory factory) : IClassFixture<ClientApiFactory>, IAsyncLifetime
{
    private const string Aceh = "11";
    private const int Cohort = 2024;

    private readonly JippClient _anonymous = factory.Client();
    private readonly JippClient _ministry = factory.Client(ApiFactoryBase.AdminKey);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Aceh_goes_from_shortlisted_to_a_designated_hub_through_the_generated_client()
    {
        var provinces = await _anonymous.ListProvincesAsync();
        Assert.Equal(38, provinces.Items.Count);
        Assert.Null(provinces.Items.Single(p => p.Code == Aceh).HubId);

        var acehGovernment = Assert.Single((await _anonymous.ListAgenciesAsync(type: AgencyType.ProvincialGovernment, provinceCode: Aceh)).Items);
        await PublishInnovationsOfThreeRegenciesAsync();

        await _ministry.SetCohortPolicyAsync(Cohort, new CohortPolicyInput { MinScore = 70, MinPublishedInnovations = 3, MinRegencyCoverage = 0.1, MinPartners = 1 });
        Assert.Equal(3, (await _anonymous.GetCohortPolicyAsync(Cohort)).MinPublishedInnovations);

        // Shortlisting, retried with the same Idempotency-Key: one candidacy.
        var shortlist = new ShortlistCandidacy { AgencyId = acehGovernment.Id, CohortYear = Cohort, Notes = "Rekam jejak inovasi kabupaten." };
        var idempotencyKey = Guid.NewGuid().ToString();
        var candidacy = await _ministry.ShortlistCandidacyAsync(shortlist, idempotency_Key: idempotencyKey);
        Assert.Equal(candidacy.Id, (await _ministry.ShortlistCandidacyAsync(shortlist, idempotency_Key: idempotencyKey)).Id);
        Assert.Equal(CandidacyState.Shortlisted, candidacy.State);
        Assert.Equal(Aceh, candidacy.ProvinceCode);
        Assert.Equal(3, candidacy.TrackRecord.PublishedInnovations);
        Assert.Equal(3, candidacy.TrackRecord.RegenciesWithInnovations);
        Assert.Equal(23, candidacy.TrackRecord.RegenciesTotal);

        // The invitation is sent with the ETag of the candidacy as last read.
        await _ministry.GetCandidacyAsync(candidacy.Id);
        var etag = _ministry.LastETag;
        Assert.False(string.IsNullOrEmpty(etag));
        var invited = await _ministry.InviteCandidateAsync(candidacy.Id, new InvitationInput { MeetingOn = new DateTimeOffset(2024, 2, 12, 0, 0, 0, TimeSpan.Zero), Format = MeetingFormat.Virtual }, if_Match: etag);
        Assert.Equal(CandidacyState.Invited, invited.State);
        Assert.NotNull(invited.Invitation);
        Assert.Equal(MeetingFormat.Virtual, invited.Invitation.Format);

        var candidate = factory.Client((await _ministry.CreateApiClientAsync(new CreateApiClient { Name = "Biro Organisasi Setda Aceh", Role = ApiClientRole.Agency, AgencyId = acehGovernment.Id })).Key);
        Assert.Equal(CandidacyState.Willing, (await candidate.AnswerInvitationAsync(candidacy.Id, new WillingnessInput { Willing = true, StatementRef = "Surat Kesediaan Gubernur Aceh 2024" })).State);
        Assert.Equal(CandidacyState.Committed, (await candidate.RecordCommitmentAsync(candidacy.Id, new CommitmentInput { SignedOn = new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero), DocumentRef = "Komitmen Bersama No. 7/2024" })).State);
        var readiness = await candidate.SubmitReadinessAsync(candidacy.Id, new ReadinessInput
        {
            LeadershipCommitment = new LeadershipCommitmentInput { RegulationRef = "Pergub Aceh No. 9 Tahun 2024", BudgetAllocated = true, InnovationUnit = true },
            LeadingSectors = ["health", "tourism"],
            BureaucracyLiaison = new BureaucracyLiaisonInput { Name = "Kepala Biro Organisasi Setda Aceh", Position = "Kepala Biro" },
            Partners = [new PartnerInput { Name = "Universitas Syiah Kuala", Type = AgencyType.University, SupportStatementRef = "USK/SD/2024/031" }],
        });
        Assert.Equal(CandidacyState.ReadinessSubmitted, readiness.State);

        var assessed = await _ministry.AssessCandidacyAsync(candidacy.Id, new AssessmentInput { Scores = new ScoresInput { Commitment = 85, InnovationPotential = 78, StakeholderSupport = 80 }, Notes = "Penilaian tim." });
        Assert.Equal(CandidacyState.Assessed, assessed.State);
        var assessment = assessed.Assessment;
        Assert.NotNull(assessment);
        Assert.Equal(
            [SelectionCriterion.Commitment, SelectionCriterion.InnovationPotential, SelectionCriterion.StakeholderSupport],
            assessment.Criteria.Select(c => c.Criterion).Order());
        Assert.All(assessment.Criteria, c => Assert.True(c.Met, string.Join("; ", c.Reasons)));

        var designated = await _ministry.DesignateHubAsync(candidacy.Id, new DesignationInput { DecreeNumber = "KepmenPANRB 310/2024", DesignatedOn = new DateTimeOffset(2024, 8, 19, 0, 0, 0, TimeSpan.Zero) });
        Assert.Equal(CandidacyState.Designated, designated.State);
        var hubId = Assert.NotNull(designated.HubId);

        var hub = await _anonymous.GetHubAsync(hubId);
        Assert.Equal(acehGovernment.Id, hub.AgencyId);
        Assert.Equal(Aceh, hub.ProvinceCode);
        Assert.Equal("KepmenPANRB 310/2024", hub.DecreeNumber);
        Assert.Equal(new DateTime(2024, 8, 19), hub.DesignatedOn?.Date);
        Assert.Equal(2024, hub.DesignationYear);
        Assert.Equal(HubStatus.Active, hub.Status);
        Assert.Equal(["health", "tourism"], hub.LeadingSectors);
        Assert.Equal("Universitas Syiah Kuala", Assert.Single(hub.Partners).Name);
        Assert.Equal(hubId, (await _anonymous.GetProvinceAsync(Aceh)).HubId);
    }

    [Fact]
    public async Task Refusals_reach_the_generated_client_as_typed_problems()
    {
        var jatim = Assert.Single((await _anonymous.ListAgenciesAsync(type: AgencyType.ProvincialGovernment, provinceCode: "35")).Items);

        var alreadyHub = await Assert.ThrowsAsync<JippApiException<ApiProblem>>(() =>
            _ministry.ShortlistCandidacyAsync(new ShortlistCandidacy { AgencyId = jatim.Id, CohortYear = Cohort }));
        Assert.Equal(409, alreadyHub.StatusCode);
        Assert.Equal("candidacy.already_hub", alreadyHub.Result.Code);

        var invalid = await Assert.ThrowsAsync<JippApiException<ApiProblem>>(() =>
            _ministry.SetCohortPolicyAsync(Cohort, new CohortPolicyInput { MinScore = 101, MinPublishedInnovations = 1, MinRegencyCoverage = 0.5, MinPartners = 1 }));
        Assert.Equal(400, invalid.StatusCode);
        Assert.Equal("validation", invalid.Result.Code);
        Assert.Contains("minScore", invalid.Result.Errors!.Keys);

        var seeded = (await _ministry.ListCandidaciesAsync(cohortYear: 2023, state: CandidacyState.Invited, pageSize: 100)).Items.First();
        var stale = await Assert.ThrowsAsync<JippApiException<ApiProblem>>(() =>
            _ministry.RejectCandidacyAsync(seeded.Id, new ReasonInput { Reason = "Tidak memenuhi syarat." }, if_Match: "\"1\""));
        Assert.Equal(412, stale.StatusCode);
        Assert.Equal("precondition_failed", stale.Result.Code);
        Assert.Equal(CandidacyState.Invited, (await _ministry.GetCandidacyAsync(seeded.Id)).State);

        var unknownKey = await Assert.ThrowsAsync<JippApiException<ApiProblem>>(() => factory.Client("jipp_not-a-key").ListProvincesAsync());
        Assert.Equal(401, unknownKey.StatusCode);
        Assert.Equal("unauthenticated", unknownKey.Result.Code);
    }

    /// <summary>Three regency governments of Aceh each register, submit and get published one innovation.</summary>
    private async Task PublishInnovationsOfThreeRegenciesAsync()
    {
        var regencies = (await _anonymous.ListAgenciesAsync(type: AgencyType.RegencyGovernment, provinceCode: Aceh, pageSize: 3)).Items.ToList();
        Assert.Equal(3, regencies.Count);
        string[] sectors = ["health", "education", "tourism"];
        for (var i = 0; i < regencies.Count; i++)
        {
            var created = await _ministry.CreateApiClientAsync(new CreateApiClient { Name = $"Bagian Organisasi {regencies[i].Name}", Role = ApiClientRole.Agency, AgencyId = regencies[i].Id });
            var owner = factory.Client(created.Key);

            var innovation = await owner.RegisterInnovationAsync(new InnovationInput
            {
                Title = $"Layanan Jemput Bola {regencies[i].Name}",
                UnitName = "Dinas Kependudukan dan Pencatatan Sipil",
                Summary = "Petugas mendatangi gampong untuk melayani dokumen kependudukan.",
                Problem = "Warga gampong terpencil harus menempuh perjalanan jauh untuk mengurus dokumen.",
                Solution = "Jadwal layanan keliling dengan perangkat perekaman dan pencetakan dokumen.",
                Novelty = "Layanan keliling terjadwal yang terhubung dengan basis data kependudukan.",
                Impact = "Waktu pengurusan dokumen turun dari dua minggu menjadi satu hari.",
                Sector = sectors[i],
                Form = InnovationForm.PublicService,
                Digital = true,
                MaturityStage = MaturityStage.Implementation,
                StartedOn = new DateTimeOffset(2023, 1, 16, 0, 0, 0, TimeSpan.Zero),
                ImplementedOn = new DateTimeOffset(2023, 4, 3, 0, 0, 0, TimeSpan.Zero),
                Replicable = true,
            });
            Assert.Equal(InnovationState.Draft, innovation.State);
            Assert.Equal(regencies[i].RegencyCode, innovation.RegencyCode);

            Assert.Equal(InnovationState.Submitted, (await owner.SubmitInnovationAsync(innovation.Id)).State);
            var published = await _ministry.VerifyInnovationAsync(innovation.Id, new VerificationInput { Decision = VerificationDecision.Publish });
            Assert.Equal(InnovationState.Published, published.State);
        }
    }
}
