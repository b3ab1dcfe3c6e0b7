using System.Globalization;
using System.Text;
using Jipp.Application.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Infrastructure.Persistence.Seed;

/// <summary>
/// Fills the registry with a few hundred believable innovations of the seeded regional
/// governments and KemenPANRB, for demonstrations and for exploring the API. The data depend
/// only on a fixed random seed and on the hubs in the database, so every run, in every
/// environment, produces the same innovations with the same identifiers; once they are there,
/// seeding again does nothing. The open seeded candidacies of 2023 then take their track record
/// from these innovations (reference seeding, which runs first, found none).
/// </summary>
public sealed class DemoDataSeeder(JippDbContext db, TimeProvider clock)
{
    /// <summary>The prefix of the names that <see cref="SeedIds.For"/> turns into the innovations' identifiers.</summary>
    public const string IdName = "demo-innovation:";

    /// <summary>How many innovations the demo data holds.</summary>
    public const int InnovationCount = RegionalCount + MinistryCount;

    private const int RandomSeed = 20_230_213;
    private const int RegionalCount = 328;
    private const int MinistryCount = 4;
    private const int DraftCount = 5;
    private const int SubmittedCount = 10;
    private const int ReturnedCount = 5;
    private const int ArchivedCount = 2;
    private const int RevisedCount = 6;
    private const int ReplicablePercent = 70;

    private static readonly DateTimeOffset FirstCreation = new(2019, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastCreation = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ArchivableBefore = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var hubs = await ActiveHubsAsync(ct);
            var innovations = Build(hubs);
            if (!await db.Innovations.AnyAsync(i => i.Id == innovations[0].Id, ct))
            {
                db.Innovations.AddRange(innovations);
                await db.SaveChangesAsync(ct);
            }

            await RefreshSeededTrackRecordsAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The seeded candidacies still before assessment take the registry's figures; those already equal
    /// are left alone, so seeding again writes nothing.
    /// </summary>
    private async Task RefreshSeededTrackRecordsAsync(CancellationToken ct)
    {
        var ids = ReferenceDataSeeder.InvitedCandidacyIds;
        var candidacies = await db.Candidacies.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var candidacy in candidacies)
        {
            candidacy.RefreshTrackRecord(await TrackRecords.ComputeAsync(db, candidacy.AgencyId, candidacy.ProvinceCode, now, ct));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The active hub of each province; the earliest by identifier should a province ever have two.</summary>
    private async Task<Dictionary<string, Guid>> ActiveHubsAsync(CancellationToken ct)
    {
        var hubs = await db.Hubs.AsNoTracking()
            .Where(h => h.ProvinceCode != null && h.Status == HubStatus.Active)
            .OrderBy(h => h.Id)
            .Select(h => new { ProvinceCode = h.ProvinceCode!, h.Id })
            .ToListAsync(ct);
        var byProvince = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var hub in hubs)
        {
            byProvince.TryAdd(hub.ProvinceCode, hub.Id);
        }

        return byProvince;
    }

    /// <summary>The demo innovations, oldest first; <c>demo-innovation:0</c> is the first.</summary>
    private static List<Innovation> Build(Dictionary<string, Guid> hubs)
    {
        var random = new Random(RandomSeed);
        var owners = Owners(random);
        var sectors = Sectors(random, owners.Count);

        var slots = new List<(Owner Owner, DemoTheme Theme)>(InnovationCount);
        for (var i = 0; i < owners.Count; i++)
        {
            slots.Add((owners[i], PickTheme(random, sectors[i], owners[i].Kind)));
        }

        var ministry = Owner.Ministry();
        slots.AddRange(DemoCatalog.MinistryThemes.Take(MinistryCount).Select(theme => (ministry, theme)));
        Shuffle(random, slots);

        var created = CreationTimes(random);
        var plans = Plans(random, created);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var innovations = new List<Innovation>(InnovationCount);
        for (var n = 0; n < InnovationCount; n++)
        {
            var (owner, theme) = slots[n];
            var content = Content(random, owner, theme, created[n], titles);
            Guid? hubId = owner.ProvinceCode is { } province && hubs.TryGetValue(province, out var hub) ? hub : null;
            var innovation = Innovation.Register(
                SeedIds.For(IdName + n.ToString(CultureInfo.InvariantCulture), created[n]),
                owner.AgencyId, owner.ProvinceCode, owner.RegencyCode, hubId, content, created[n]);
            Advance(random, innovation, plans[n], created[n]);
            innovations.Add(innovation);
        }

        return innovations;
    }

    /// <summary>
    /// The regional owners: every provincial government, two regencies or cities of every
    /// province, and the rest drawn from all regencies and cities, twice as often in hub provinces.
    /// </summary>
    private static List<Owner> Owners(Random random)
    {
        var provinces = ReferenceData.Regions.Where(r => r.Kind == "province").ToList();
        var locals = ReferenceData.Regions.Where(r => r.Kind != "province").ToList();
        var hubProvinces = ReferenceData.Hubs.Where(h => h.Status == "designated").Select(h => h.ProvinceCode).ToHashSet(StringComparer.Ordinal);

        var owners = provinces.Select(Owner.Province).ToList();
        foreach (var province in provinces)
        {
            var ofProvince = locals.Where(r => r.ProvinceCode == province.Code).ToList();
            Shuffle(random, ofProvince);
            owners.AddRange(ofProvince.Take(2).Select(Owner.Local));
        }

        var pool = locals.SelectMany(r => Enumerable.Repeat(r, hubProvinces.Contains(r.ProvinceCode) ? 2 : 1)).ToList();
        while (owners.Count < RegionalCount)
        {
            owners.Add(Owner.Local(pool[random.Next(pool.Count)]));
        }

        return owners;
    }

    /// <summary>Every sector twice, so that all are represented, then sectors drawn by weight.</summary>
    private static List<string> Sectors(Random random, int count)
    {
        var sectors = ReferenceData.Sectors.SelectMany(s => new[] { s.Code, s.Code }).ToList();
        while (sectors.Count < count)
        {
            sectors.Add(WeightedSector(random));
        }

        Shuffle(random, sectors);
        return sectors;
    }

    private static string WeightedSector(Random random)
    {
        var total = DemoCatalog.SectorWeights.Values.Sum();
        var pick = random.Next(total);
        foreach (var row in ReferenceData.Sectors)
        {
            pick -= DemoCatalog.SectorWeights[row.Code];
            if (pick < 0)
            {
                return row.Code;
            }
        }

        throw new InvalidOperationException("The sector weights do not add up.");
    }

    /// <summary>A theme of the sector that suits the owner; another sector if none does (forests in a city).</summary>
    private static DemoTheme PickTheme(Random random, string sector, DemoOwnerKind owner)
    {
        while (true)
        {
            var suitable = DemoCatalog.Themes.Where(t => t.Sector == sector && t.Suits(owner)).ToList();
            if (suitable.Count > 0)
            {
                return suitable[random.Next(suitable.Count)];
            }

            sector = WeightedSector(random);
        }
    }

    /// <summary>Creation instants in ascending order, in office hours (WIB), more of them in later years.</summary>
    private static List<DateTimeOffset> CreationTimes(Random random)
    {
        var days = (int)(LastCreation - FirstCreation).TotalDays;
        var times = new List<DateTimeOffset>(InnovationCount);
        for (var n = 0; n < InnovationCount; n++)
        {
            var day = random.Next(2) == 0 ? random.Next(days) : Math.Max(random.Next(days), random.Next(days));
            var second = random.Next(1 * 3600, 9 * 3600); // 08:00–16:00 in Jakarta
            times.Add(FirstCreation.AddDays(day).AddSeconds(second));
        }

        times.Sort();
        return times;
    }

    /// <summary>
    /// Where each innovation ends: the newest are the ones still in the workflow (draft,
    /// submitted, returned); a few older ones were returned once before publication, and two
    /// were published and later archived. All the rest are published.
    /// </summary>
    private static Plan[] Plans(Random random, List<DateTimeOffset> created)
    {
        var plans = Enumerable.Repeat(Plan.Published, InnovationCount).ToArray();
        var newest = Enumerable.Range(InnovationCount - 40, 40).ToList();
        Shuffle(random, newest);
        var inWorkflow = Enumerable.Repeat(Plan.Draft, DraftCount)
            .Concat(Enumerable.Repeat(Plan.Submitted, SubmittedCount))
            .Concat(Enumerable.Repeat(Plan.Returned, ReturnedCount))
            .ToList();
        for (var i = 0; i < inWorkflow.Count; i++)
        {
            plans[newest[i]] = inWorkflow[i];
        }

        var older = Enumerable.Range(0, InnovationCount).Where(n => created[n] < ArchivableBefore).ToList();
        Shuffle(random, older);
        foreach (var n in older.Take(ArchivedCount))
        {
            plans[n] = Plan.Archived;
        }

        foreach (var n in older.Skip(ArchivedCount).Take(RevisedCount))
        {
            plans[n] = Plan.RevisedThenPublished;
        }

        return plans;
    }

    /// <summary>Moves the innovation through the workflow with the domain's own transitions, at increasing times.</summary>
    private static void Advance(Random random, Innovation innovation, Plan plan, DateTimeOffset created)
    {
        if (plan == Plan.Draft)
        {
            return;
        }

        var at = created.AddMinutes(random.Next(30, 14 * 24 * 60));
        innovation.Submit(at);
        switch (plan)
        {
            case Plan.Submitted:
                return;
            case Plan.Returned:
                innovation.Verify(VerificationDecision.Return, ReturnNote(random), at.AddMinutes(random.Next(600, 15 * 24 * 60)));
                return;
            case Plan.RevisedThenPublished:
                at = at.AddMinutes(random.Next(600, 15 * 24 * 60));
                innovation.Verify(VerificationDecision.Return, ReturnNote(random), at);
                at = at.AddMinutes(random.Next(600, 10 * 24 * 60));
                innovation.Submit(at);
                innovation.Verify(VerificationDecision.Publish, null, at.AddMinutes(random.Next(600, 15 * 24 * 60)));
                return;
            default:
                at = at.AddMinutes(random.Next(600, 40 * 24 * 60));
                innovation.Verify(VerificationDecision.Publish, null, at);
                if (plan == Plan.Archived)
                {
                    innovation.Archive(at.AddDays(random.Next(30, 365)));
                }

                return;
        }
    }

    private static string ReturnNote(Random random) => DemoCatalog.ReturnNotes[random.Next(DemoCatalog.ReturnNotes.Count)];

    private static InnovationContent Content(Random random, Owner owner, DemoTheme theme, DateTimeOffset created, HashSet<string> titles)
    {
        var registeredOn = DateOnly.FromDateTime(created.UtcDateTime);
        var stageRoll = random.Next(100);
        var stage = stageRoll < 55 ? MaturityStage.Implementation : stageRoll < 85 ? MaturityStage.Trial : MaturityStage.Initiative;
        DateOnly startedOn;
        DateOnly? implementedOn = null;
        switch (stage)
        {
            case MaturityStage.Implementation:
                startedOn = registeredOn.AddDays(-random.Next(180, 1460));
                implementedOn = startedOn.AddDays(random.Next(30, 180));
                break;
            case MaturityStage.Trial:
                startedOn = registeredOn.AddDays(-random.Next(30, 365));
                break;
            default:
                startedOn = registeredOn.AddDays(-random.Next(0, 90));
                break;
        }

        var acronyms = theme.Acronyms;
        var acronym = acronyms[random.Next(acronyms.Count)];
        var title = Title(random, owner, theme, acronym, titles);
        var year = startedOn.Year.ToString(CultureInfo.InvariantCulture);
        var figures = new (string Placeholder, int Min, int Max)[]
        {
            ("{percent}", 20, 76), ("{small}", 5, 20), ("{points}", 2, 10), ("{few}", 12, 96), ("{hundreds}", 110, 951), ("{number}", 150, 4801),
        }.Select(f => (f.Placeholder, Value: Figure(random.Next(f.Min, f.Max)))).ToList();
        string Fill(string text)
        {
            text = text
                .Replace("{region}", owner.Region, StringComparison.Ordinal)
                .Replace("{place}", owner.Place, StringComparison.Ordinal)
                .Replace("{acronym}", acronym, StringComparison.Ordinal)
                .Replace("{year}", year, StringComparison.Ordinal);
            foreach (var (placeholder, value) in figures)
            {
                text = text.Replace(placeholder, value, StringComparison.Ordinal);
            }

            return text;
        }

        var impact = Fill(theme.Impact);
        if (stage == MaturityStage.Initiative)
        {
            impact = DemoCatalog.TargetPrefix + LowerFirst(impact.Replace(" telah ", " ditargetkan ", StringComparison.Ordinal));
        }

        var content = new InnovationContent(
            title,
            Fill(theme.Unit),
            Fill(theme.Summary),
            Fill(theme.Problem),
            Fill(theme.Solution),
            Fill(theme.Novelty),
            impact,
            theme.Sector,
            theme.Form,
            theme.Digital,
            stage,
            startedOn,
            implementedOn,
            EvidenceLinks(random, owner, title, acronym, startedOn, registeredOn),
            random.Next(100) < ReplicablePercent);
        EnsureWithinLimits(content);
        return content;
    }

    /// <summary>A title in one of the ways agencies name their innovations, unique among the demo data where possible.</summary>
    private static string Title(Random random, Owner owner, DemoTheme theme, string acronym, HashSet<string> titles)
    {
        string Format(int format, string brand) => owner.Kind == DemoOwnerKind.Ministry
            ? (format % 2 == 0 ? $"{brand}: {theme.Name}" : $"{theme.Name} ({brand})")
            : (format % 4) switch
            {
                0 => $"{brand}: {theme.Name} {owner.Region}",
                1 => $"{theme.Name} {owner.Region}",
                2 => $"{brand} {owner.Place}: {theme.Name}",
                _ => $"{brand} ({theme.Name}) {owner.Place}",
            };

        var first = random.Next(4);
        var candidates = Enumerable.Range(first, 4).Select(f => Format(f, acronym))
            .Concat(theme.Acronyms.SelectMany(a => Enumerable.Range(0, 4).Select(f => Format(f, a))));
        var title = candidates.FirstOrDefault(titles.Add) ?? Format(first, acronym) + " Tahap II";
        titles.Add(title);
        return title;
    }

    /// <summary>Up to three links on the owner's (fictional but plausible) government site; stored, never fetched.</summary>
    private static List<string> EvidenceLinks(Random random, Owner owner, string title, string acronym, DateOnly startedOn, DateOnly registeredOn)
    {
        var roll = random.Next(100);
        var count = roll < 15 ? 0 : roll < 45 ? 1 : roll < 80 ? 2 : 3;
        var slug = Slug(title, 80);
        var posted = startedOn.AddDays(random.Next(registeredOn.DayNumber - startedOn.DayNumber + 1)); // news before registration
        var links = new[]
        {
            $"https://{owner.Domain}/inovasi/{slug}",
            string.Create(CultureInfo.InvariantCulture, $"https://{owner.Domain}/berita/{posted.Year}/{posted.Month:D2}/{slug}"),
            string.Create(CultureInfo.InvariantCulture, $"https://{owner.Domain}/dokumen/sk-inovasi-{Slug(acronym, 40)}-{startedOn.Year}.pdf"),
        };
        return [.. links.Take(count)];
    }

    private static void EnsureWithinLimits(InnovationContent content)
    {
        var tooLong = content.Title.Length > InnovationContent.TitleMaxLength
            || content.UnitName.Length > InnovationContent.UnitNameMaxLength
            || content.Summary.Length > InnovationContent.SummaryMaxLength
            || new[] { content.Problem, content.Solution, content.Novelty, content.Impact }.Any(t => t.Length > InnovationContent.TextMaxLength)
            || content.EvidenceLinks.Any(l => l.Length > InnovationContent.EvidenceLinkMaxLength);
        if (tooLong)
        {
            throw new InvalidOperationException($"Demo innovation '{content.Title}' exceeds a length limit.");
        }
    }

    /// <summary>Lower-case ASCII letters and digits joined by hyphens, cut at a hyphen to at most <paramref name="maxLength"/>.</summary>
    private static string Slug(string text, int maxLength)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        if (result.Length <= maxLength)
        {
            return result;
        }

        var cut = result.LastIndexOf('-', maxLength);
        return cut > 0 ? result[..cut] : result[..maxLength];
    }

    /// <summary>A whole number as Indonesians write it: 4.250.</summary>
    private static string Figure(int value) => value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>The letters and digits of a name, lower case, for a host name.</summary>
    private static string HostPart(string text) =>
        string.Concat(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant));

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private enum Plan
    {
        Published,
        Draft,
        Submitted,
        Returned,
        RevisedThenPublished,
        Archived,
    }

    /// <summary>
    /// An owner of demo innovations with the names the texts use: <see cref="Region"/> as in
    /// "Kabupaten Banyuwangi", <see cref="Place"/> as in "Banyuwangi", and its web domain.
    /// </summary>
    private sealed record Owner(Guid AgencyId, DemoOwnerKind Kind, string? ProvinceCode, string? RegencyCode, string Region, string Place, string Domain)
    {
        private const string Jakarta = "31";
        private const string Yogyakarta = "34";

        public static Owner Ministry() =>
            new(SeedIds.Kemenpanrb, DemoOwnerKind.Ministry, null, null, "Kementerian PANRB", "KemenPANRB", "menpan.go.id");

        public static Owner Province(RegionRow row) => row.Code switch
        {
            Jakarta => new(SeedIds.ProvincialGovernment(row.Code), DemoOwnerKind.Province, row.Code, null, "Provinsi DKI Jakarta", "DKI Jakarta", "jakarta.go.id"),
            Yogyakarta => new(SeedIds.ProvincialGovernment(row.Code), DemoOwnerKind.Province, row.Code, null, "Daerah Istimewa Yogyakarta", "DIY", "jogjaprov.go.id"),
            _ => new(SeedIds.ProvincialGovernment(row.Code), DemoOwnerKind.Province, row.Code, null, "Provinsi " + row.Name.Trim(), row.Name.Trim(), HostPart(row.ShortName) + "prov.go.id"),
        };

        public static Owner Local(RegionRow row)
        {
            var region = row.Name.Trim();
            var city = row.Kind == "city";
            var place = region;
            foreach (var prefix in new[] { "Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota " })
            {
                if (place.StartsWith(prefix, StringComparison.Ordinal))
                {
                    place = place[prefix.Length..];
                    break;
                }
            }

            var domain = row.ProvinceCode == Jakarta
                ? HostPart(place.Replace("Jakarta ", string.Empty, StringComparison.Ordinal)) + ".jakarta.go.id"
                : HostPart(place) + (city ? "kota.go.id" : "kab.go.id");
            return new(SeedIds.RegionalGovernment(row.Code), city ? DemoOwnerKind.City : DemoOwnerKind.Regency, row.ProvinceCode, row.Code, region, place, domain);
        }
    }
}
