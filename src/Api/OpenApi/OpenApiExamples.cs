namespace Jipp.Api.OpenApi;

/// <summary>
/// Realistic request and response bodies for the OpenAPI document, by schema name, built on the
/// seeded reference data (Jawa Timur "35", Kota Surabaya "35.78", sector codes of GET /sectors).
/// A test deserializes each into its type with the API's strict JSON options, so they cannot drift.
/// </summary>
public static class OpenApiExamples
{
    private const string Surabaya = "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e01";
    private const string Jatim = "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e02";
    private const string JatimHub = "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e03";
    private const string Innovation = "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e04";
    private const string Malang = "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e05";
    private const string Unair = "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e06";

    public static readonly IReadOnlyDictionary<string, string> BySchema = new Dictionary<string, string>
    {
        // Requests
        ["CreateApiClient"] = $$"""{ "name": "Sistem Informasi Inovasi Kota Surabaya", "role": "agency", "agencyId": "{{Surabaya}}" }""",
        ["RegisterAgency"] = """{ "name": "Universitas Airlangga", "type": "university", "provinceCode": "35" }""",
        ["InnovationInput"] = """
            {
              "title": "Surabaya Single Window",
              "unitName": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
              "summary": "Perizinan berusaha diajukan, dipantau dan diterbitkan secara daring dalam satu portal.",
              "problem": "Pemohon izin harus mendatangi beberapa dinas dan tidak tahu sampai di mana berkasnya diproses.",
              "solution": "Satu portal daring untuk pengajuan, pelacakan dan penerbitan izin dengan tanda tangan elektronik.",
              "novelty": "Pertama di Jawa Timur yang memadukan seluruh izin daerah dalam satu alur.",
              "impact": "Waktu penerbitan izin turun dari 14 hari menjadi 3 hari.",
              "sector": "investment",
              "form": "publicService",
              "digital": true,
              "maturityStage": "implementation",
              "startedOn": "2021-03-01",
              "implementedOn": "2022-01-10",
              "evidenceLinks": ["https://sswalfa.surabaya.go.id"],
              "replicable": true
            }
            """,
        ["VerificationInput"] = """{ "decision": "return", "notes": "Lengkapi data dampak dengan angka sebelum dan sesudah penerapan." }""",
        ["ShortlistCandidacy"] = $$"""{ "agencyId": "{{Jatim}}", "cohortYear": 2023, "notes": "Rekam jejak pembinaan inovasi yang kuat di kabupaten/kota." }""",
        ["InvitationInput"] = """{ "meetingOn": "2023-02-13", "format": "virtual" }""",
        ["WillingnessInput"] = """{ "willing": true, "statementRef": "Surat Gubernur 000.8/123/2023" }""",
        ["CommitmentInput"] = """{ "signedOn": "2023-03-20", "documentRef": "Komitmen Bersama 01/KB/2023" }""",
        ["ReadinessInput"] = $$"""
            {
              "leadershipCommitment": { "regulationRef": "Pergub 12/2023 tentang Inovasi Daerah", "budgetAllocated": true, "innovationUnit": true },
              "leadingSectors": ["health", "investment"],
              "bureaucracyLiaison": { "name": "Dr. Siti Rahayu", "position": "Kepala Biro Organisasi" },
              "partners": [
                { "agencyId": "{{Unair}}", "supportStatementRef": "Surat Dukungan 45/UN3/2023" },
                { "name": "Forum Inovasi Jawa Timur", "type": "other", "supportStatementRef": "Surat Dukungan 07/FIJ/2023" }
              ]
            }
            """,
        ["AssessmentInput"] = """{ "scores": { "commitment": 85, "innovationPotential": 78, "stakeholderSupport": 72 }, "notes": "Siap ditetapkan." }""",
        ["DesignationInput"] = """{ "decreeNumber": "KepmenPANRB 150/2023", "designatedOn": "2023-06-05" }""",
        ["ReasonInput"] = """{ "reason": "Provinsi belum dapat memenuhi komitmen anggaran tahun ini." }""",
        ["CohortPolicyInput"] = """{ "minScore": 70, "minPublishedInnovations": 10, "minRegencyCoverage": 0.25, "minPartners": 1 }""",
        ["CreateWebhookSubscription"] = """{ "url": "https://satudata.jatimprov.go.id/webhooks/jipp", "eventTypes": ["innovation.published", "hub.designated"], "description": "Satu Data Jawa Timur: inovasi terbit dan hub baru" }""",
        ["WebhookSubscriptionChange"] = """{ "eventTypes": ["innovation.published"], "paused": false }""",
        ["HubPartnerInput"] = """{ "name": "Institut Teknologi Sepuluh Nopember", "type": "university", "supportStatementRef": "Nota Kesepahaman 12/IT2/2024" }""",
        ["HubActivityInput"] = $$"""{ "type": "mentoring", "title": "Pendampingan replikasi Surabaya Single Window", "heldOn": "2024-05-14", "agencyIds": ["{{Malang}}"], "innovationIds": ["{{Innovation}}"], "notes": "Pemetaan proses perizinan di Kabupaten Malang." }""",
        ["SubmitReplicationRequest"] = $$"""{ "innovationId": "{{Innovation}}", "requesterAgencyId": "{{Malang}}", "motivation": "Mempercepat perizinan berusaha di Kabupaten Malang.", "plannedStartOn": "2024-07-01" }""",
        ["ReplicationVerificationInput"] = """{ "approved": true, "notes": "Kebutuhan dan kesiapan pemohon sesuai." }""",
        ["AgreementInput"] = """{ "agreedOn": "2024-06-10", "documentRef": "Perjanjian Kerja Sama 180/45/2024" }""",
        ["MentoringSessionInput"] = """{ "heldOn": "2024-07-15", "format": "inPerson", "topics": ["Alur perizinan", "Integrasi tanda tangan elektronik"], "notes": "Dihadiri DPMPTSP kedua daerah." }""",
        ["CompletionInput"] = """{ "completedOn": "2024-11-30", "resultsSummary": "Portal perizinan Kabupaten Malang beroperasi; waktu layanan turun menjadi 4 hari." }""",

        // Responses
        ["Agency"] = $$"""{ "id": "{{Surabaya}}", "name": "Pemerintah Kota Surabaya", "type": "cityGovernment", "provinceCode": "35", "regencyCode": "35.78" }""",
        ["ApiClient"] = $$"""{ "id": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e07", "name": "Sistem Informasi Inovasi Kota Surabaya", "role": "agency", "agencyId": "{{Surabaya}}", "hubId": null, "keyPrefix": "jipp_3f8a", "createdAt": "2024-02-01T03:15:00Z", "revokedAt": null }""",
        ["CreatedApiClient"] = $$"""{ "id": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e07", "name": "Sistem Informasi Inovasi Kota Surabaya", "role": "agency", "agencyId": "{{Surabaya}}", "hubId": null, "key": "jipp_3f8a…(shown once)", "keyPrefix": "jipp_3f8a", "createdAt": "2024-02-01T03:15:00Z" }""",
        ["Innovation"] = $$"""
            {
              "id": "{{Innovation}}",
              "title": "Surabaya Single Window",
              "agencyId": "{{Surabaya}}",
              "unitName": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
              "summary": "Perizinan berusaha diajukan, dipantau dan diterbitkan secara daring dalam satu portal.",
              "problem": "Pemohon izin harus mendatangi beberapa dinas dan tidak tahu sampai di mana berkasnya diproses.",
              "solution": "Satu portal daring untuk pengajuan, pelacakan dan penerbitan izin dengan tanda tangan elektronik.",
              "novelty": "Pertama di Jawa Timur yang memadukan seluruh izin daerah dalam satu alur.",
              "impact": "Waktu penerbitan izin turun dari 14 hari menjadi 3 hari.",
              "sector": "investment",
              "form": "publicService",
              "digital": true,
              "maturityStage": "implementation",
              "startedOn": "2021-03-01",
              "implementedOn": "2022-01-10",
              "evidenceLinks": ["https://sswalfa.surabaya.go.id"],
              "replicable": true,
              "replicatedFromId": null,
              "replicationCount": 2,
              "provinceCode": "35",
              "regencyCode": "35.78",
              "hubId": "{{JatimHub}}",
              "state": "published",
              "lastVerification": { "decision": "publish", "notes": null, "at": "2023-05-02T02:00:00Z" },
              "createdAt": "2023-04-20T01:30:00Z",
              "updatedAt": "2023-05-02T02:00:00Z",
              "submittedAt": "2023-04-25T04:10:00Z",
              "publishedAt": "2023-05-02T02:00:00Z",
              "archivedAt": null
            }
            """,
        ["ReplicationRequest"] = $$"""
            {
              "id": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e08",
              "innovationId": "{{Innovation}}",
              "ownerAgencyId": "{{Surabaya}}",
              "requesterAgencyId": "{{Malang}}",
              "facilitatingHubId": "{{JatimHub}}",
              "motivation": "Mempercepat perizinan berusaha di Kabupaten Malang.",
              "plannedStartOn": "2024-07-01",
              "state": "submitted",
              "verification": null,
              "agreement": null,
              "mentoringSessions": [],
              "completion": null,
              "cancellation": null,
              "resultInnovationId": null,
              "createdAt": "2024-05-02T03:00:00Z",
              "updatedAt": "2024-05-02T03:00:00Z"
            }
            """,
        ["HubScorecard"] = $$"""{ "hubId": "{{JatimHub}}", "hubName": "Pemerintah Provinsi Jawa Timur", "provinceCode": "35", "provinceName": "Jawa Timur", "designationYear": 2020, "year": 2025, "activities": { "total": 14, "mentoring": 8, "knowledgeExchange": 3, "promotion": 2, "replicationForum": 1 }, "agenciesReached": 21, "replications": { "facilitated": 9, "verified": 7, "completed": 5, "medianDaysToCompletion": 96.5 }, "publishedInnovations": { "count": 412, "previousYear": 377, "change": 35 }, "regencyCoverage": { "regencies": 38, "coveredAtEnd": 31, "coveredAtPreviousEnd": 27, "ratio": 0.8158, "previousRatio": 0.7105 }, "partners": 4 }""",
        ["HubScorecardList"] = $$"""{ "year": 2025, "sort": "publishedInnovations", "items": [{ "hubId": "{{JatimHub}}", "hubName": "Pemerintah Provinsi Jawa Timur", "provinceCode": "35", "provinceName": "Jawa Timur", "designationYear": 2020, "year": 2025, "activities": { "total": 14, "mentoring": 8, "knowledgeExchange": 3, "promotion": 2, "replicationForum": 1 }, "agenciesReached": 21, "replications": { "facilitated": 9, "verified": 7, "completed": 5, "medianDaysToCompletion": 96.5 }, "publishedInnovations": { "count": 412, "previousYear": 377, "change": 35 }, "regencyCoverage": { "regencies": 38, "coveredAtEnd": 31, "coveredAtPreviousEnd": 27, "ratio": 0.8158, "previousRatio": 0.7105 }, "partners": 4 }] }""",
        ["Hub"] = $$"""{ "id": "{{JatimHub}}", "agencyId": "{{Jatim}}", "provinceCode": "35", "designatedOn": null, "designationYear": 2020, "decreeNumber": "KepmenPANRB 94/2020", "leadingSectors": ["health", "investment"], "partners": [], "status": "active", "candidacyId": null }""",
        ["HubPartner"] = """{ "id": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e09", "agencyId": null, "name": "Institut Teknologi Sepuluh Nopember", "type": "university", "supportStatementRef": "Nota Kesepahaman 12/IT2/2024" }""",
        ["HubActivity"] = $$"""{ "id": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e0a", "hubId": "{{JatimHub}}", "type": "mentoring", "title": "Pendampingan replikasi Surabaya Single Window", "heldOn": "2024-05-14", "agencyIds": ["{{Malang}}"], "innovationIds": ["{{Innovation}}"], "notes": "Pemetaan proses perizinan di Kabupaten Malang.", "createdAt": "2024-05-14T09:00:00Z" }""",
        ["WebhookSubscription"] = """{ "id": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e0b", "clientId": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e0c", "url": "https://satudata.jatimprov.go.id/webhooks/jipp", "eventTypes": ["innovation.published", "hub.designated"], "description": "Satu Data Jawa Timur: inovasi terbit dan hub baru", "paused": false, "pausedAt": null, "consecutiveFailures": 0, "previousSecretExpiresAt": null, "createdAt": "2024-02-01T03:15:00Z", "updatedAt": "2024-02-01T03:15:00Z" }""",
        ["WebhookSecret"] = """{ "subscription": { "id": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e0b", "clientId": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e0c", "url": "https://satudata.jatimprov.go.id/webhooks/jipp", "eventTypes": ["innovation.published", "hub.designated"], "description": "Satu Data Jawa Timur: inovasi terbit dan hub baru", "paused": false, "pausedAt": null, "consecutiveFailures": 0, "previousSecretExpiresAt": null, "createdAt": "2024-02-01T03:15:00Z", "updatedAt": "2024-02-01T03:15:00Z" }, "secret": "whsec_…(shown once)" }""",
        ["WebhookDelivery"] = """{ "id": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e0d", "eventId": "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e0e", "eventSequence": 1042, "eventType": "innovation.published", "state": "pending", "attempts": 2, "lastStatusCode": 503, "lastDurationMilliseconds": 412, "lastError": "HTTP 503: Service Unavailable", "lastAttemptAt": "2024-02-01T03:16:10Z", "nextAttemptAt": "2024-02-01T03:16:30Z", "createdAt": "2024-02-01T03:16:00Z", "deliveredAt": null }""",
        ["CohortPolicy"] = """{ "year": 2023, "minScore": 70, "minPublishedInnovations": 10, "minRegencyCoverage": 0.25, "minPartners": 1, "isDefault": true, "updatedAt": null }""",
    };
}
