using System.Globalization;
using Jipp.Domain.Agencies;
using Jipp.Domain.Innovations;

namespace Jipp.Bench.Generator;

/// <summary>One replication request per twenty published innovations, from a regional government elsewhere.</summary>
internal sealed class ReplicationPlan
{
    private ReplicationPlan(List<Request> requests) => Requests = requests;

    public List<Request> Requests { get; }

    public int Count => Requests.Count;

    public static ReplicationPlan Create(Registry registry, ReferenceSnapshot reference, int seed)
    {
        var random = new Random(seed + 1);
        var end = DateTime.UtcNow.AddDays(-1);
        var requesters = Enumerable.Range(0, reference.Agencies.Count).Where(a => reference.Agencies[a].Type.IsRegionalGovernment()).ToArray();
        var open = new HashSet<(Guid, Guid)>();
        var requests = new List<Request>();
        var innovations = registry.Innovations;
        for (var i = 0; i < innovations.Length; i++)
        {
            ref readonly var row = ref innovations[i];
            if (row.State != InnovationState.Published || random.Next(20) != 0 || row.VerifiedAt is not { } publishedAt)
            {
                continue;
            }

            var owner = reference.Agencies[row.Agency];
            var requester = reference.Agencies[requesters[random.Next(requesters.Length)]];
            if (requester.Id == owner.Id)
            {
                continue;
            }

            var created = publishedAt.AddTicks((long)(random.NextDouble() * (end - publishedAt).Ticks));
            var updated = created.AddDays(random.Next(1, 30));
            updated = updated > end ? end : updated;
            var hub = Hub(reference, requester.ProvinceCode) ?? Hub(reference, owner.ProvinceCode);
            var roll = random.Next(100);
            var (state, verification, cancellation) = roll switch
            {
                < 40 => ("Submitted", null, null),
                < 55 => ("Verified", $$"""{"approved":true,"notes":null,"at":"{{Time(updated)}}"}""", null),
                < 78 => ("Rejected", $$"""{"approved":false,"notes":"Rencana replikasi belum menjelaskan kesiapan anggaran dan sumber daya manusia.","at":"{{Time(updated)}}"}""", null),
                _ => ("Cancelled", (string?)null, $$"""{"reason":"Prioritas anggaran daerah berubah pada tahun berjalan.","at":"{{Time(updated)}}"}"""),
            };
            if (state is "Submitted" or "Verified" && !open.Add((requester.Id, row.Id)))
            {
                continue;
            }

            if (state == "Submitted")
            {
                updated = created;
            }

            requests.Add(new Request(
                Guid.CreateVersion7(new DateTimeOffset(created)),
                row.Id,
                owner.Id,
                requester.Id,
                requester.ProvinceCode,
                hub,
                $"{requester.Region} ingin mereplikasi {registry.Brand(row)} dari {owner.Region} untuk memperbaiki layanan serupa di wilayahnya.",
                DateOnly.FromDateTime(created).AddDays(random.Next(30, 180)),
                state,
                verification,
                cancellation,
                created,
                updated));
        }

        // Ids are v7 of the creation time: keep the table in id order as the service would have written it.
        requests.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return new ReplicationPlan(requests);
    }

    internal static string Time(DateTime at) => new DateTimeOffset(at).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static Guid? Hub(ReferenceSnapshot reference, string? province) =>
        province is not null && reference.HubByProvince.TryGetValue(province, out var hub) ? hub : null;

    internal sealed record Request(
        Guid Id,
        Guid InnovationId,
        Guid OwnerAgencyId,
        Guid RequesterAgencyId,
        string? RequesterProvinceCode,
        Guid? FacilitatingHubId,
        string Motivation,
        DateOnly PlannedStartOn,
        string State,
        string? Verification,
        string? Cancellation,
        DateTime CreatedAt,
        DateTime UpdatedAt);
}

/// <summary>
/// Closed hub candidacies of the provincial governments in the cohorts before the seeded one (declined,
/// rejected or withdrawn): candidacies scale with provinces, not with innovations, so these are few.
/// </summary>
internal static class CandidacyPlan
{
    public static List<Row> Create(ReferenceSnapshot reference, int seed)
    {
        var random = new Random(seed + 2);
        var rows = new List<Row>();
        foreach (var year in new[] { 2019, 2020, 2021, 2022 })
        {
            foreach (var agency in reference.Agencies.Where(a => a.Type == AgencyType.ProvincialGovernment))
            {
                if (random.Next(100) >= 60)
                {
                    continue;
                }

                var computed = new DateTime(year, 2, 1, 0, 0, 0, DateTimeKind.Utc);
                var closed = computed.AddDays(random.Next(20, 120));
                var total = random.Next(5, 40);
                var withInnovations = random.Next(0, total + 1);
                var trackRecord = string.Create(
                    CultureInfo.InvariantCulture,
                    $$"""{"publishedInnovations":{{random.Next(10, 400)}},"regenciesWithInnovations":{{withInnovations}},"regenciesTotal":{{total}},"regencyCoverage":{{Math.Round(withInnovations / (decimal)total, 4)}},"sectorsCovered":{{random.Next(3, 32)}},"computedAt":"{{ReplicationPlan.Time(computed)}}"}""");
                var invitation = $$"""{"meetingOn":"{{computed.AddDays(14):yyyy-MM-dd}}","format":"virtual","invitedAt":"{{ReplicationPlan.Time(computed)}}"}""";
                var closure = $$"""{"reason":"Belum memenuhi kesiapan kelembagaan pada tahun ini.","at":"{{ReplicationPlan.Time(closed)}}"}""";
                var roll = random.Next(3);
                rows.Add(new Row(
                    Guid.CreateVersion7(new DateTimeOffset(computed)),
                    agency.Id,
                    agency.ProvinceCode,
                    year,
                    roll switch { 0 => "Declined", 1 => "Rejected", _ => "Withdrawn" },
                    trackRecord,
                    invitation,
                    roll == 0 ? $$"""{"willing":false,"statementRef":null,"answeredAt":"{{ReplicationPlan.Time(closed)}}"}""" : null,
                    roll == 1 ? closure : null,
                    roll == 2 ? closure : null,
                    computed,
                    closed));
            }
        }

        return rows;
    }

    internal sealed record Row(
        Guid Id,
        Guid AgencyId,
        string? ProvinceCode,
        int CohortYear,
        string State,
        string TrackRecord,
        string? Invitation,
        string? Willingness,
        string? Rejection,
        string? Withdrawal,
        DateTime CreatedAt,
        DateTime UpdatedAt);
}
