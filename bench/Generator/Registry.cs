using System.Globalization;
using System.Text;
using Jipp.Domain.Agencies;
using Jipp.Domain.Innovations;
using Jipp.Infrastructure.Persistence.Seed;

namespace Jipp.Bench.Generator;

/// <summary>
/// One innovation, compactly: its texts are rendered from the theme when the row is written, from
/// <see cref="RowSeed"/>, so that a million rows fit in memory.
/// </summary>
internal struct InnovationRow
{
    public Guid Id;
    public int Agency;
    public short Theme;
    public byte Acronym;
    public byte TitleFormat;
    public InnovationState State;
    public MaturityStage Stage;
    public bool Replicable;
    public DateTime CreatedAt;
    public DateTime? SubmittedAt;
    public DateTime? VerifiedAt;
    public DateTime? ArchivedAt;
    public DateTime UpdatedAt;
    public DateOnly StartedOn;
    public DateOnly? ImplementedOn;
    public int RowSeed;
}

/// <summary>The texts of one innovation.</summary>
internal sealed record InnovationTexts(string Title, string Unit, string Summary, string Problem, string Solution, string Novelty, string Impact, string[] EvidenceLinks);

internal sealed class Registry
{
    private static readonly DateTime Start = new(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>How many brands an agency gives its innovations in one sector.</summary>
    private const int BrandsPerSector = 3;

    private readonly string[] _brands;
    private readonly int[] _themeSector;
    private readonly Dictionary<string, string> _provinceRegions;
    private readonly Dictionary<string, string[]> _regenciesByProvince;

    private Registry(InnovationRow[] innovations, DemoTheme[] themes, ReferenceSnapshot reference, int seed)
    {
        Innovations = innovations;
        Themes = themes;
        Reference = reference;

        var sectorIndex = reference.Sectors.Select((code, index) => (code, index)).ToDictionary(s => s.code, s => s.index, StringComparer.Ordinal);
        _themeSector = [.. themes.Select(t => sectorIndex[t.Sector])];
        var random = new Random(seed + 3);
        _brands = new string[reference.Agencies.Count * reference.Sectors.Count * BrandsPerSector];
        for (var b = 0; b < _brands.Length; b++)
        {
            _brands[b] = Vocabulary.Brand(reference.Sectors[b / BrandsPerSector % reference.Sectors.Count], random);
        }

        _provinceRegions = reference.Agencies.Where(a => a.Type == AgencyType.ProvincialGovernment && a.ProvinceCode is not null)
            .ToDictionary(a => a.ProvinceCode!, a => a.Region, StringComparer.Ordinal);
        _regenciesByProvince = reference.Agencies.Where(a => a.RegencyCode is not null && a.ProvinceCode is not null)
            .GroupBy(a => a.ProvinceCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Region).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public InnovationRow[] Innovations { get; }

    public DemoTheme[] Themes { get; }

    public ReferenceSnapshot Reference { get; }

    /// <summary>
    /// Owners weighted log-normally (a few agencies register many innovations, most a handful), themes by how
    /// often their sector appears in the national registry, creation times spread from 2016 to two days ago in
    /// id order (ids are UUID v7 of the creation time, as the service makes them).
    /// </summary>
    public static Registry Generate(ReferenceSnapshot reference, int count, int seed)
    {
        var random = new Random(seed);
        var themes = DemoCatalog.Themes.Concat(DemoCatalog.MinistryThemes).ToArray();
        var ministryThemeStart = DemoCatalog.Themes.Count;

        var agencyWeights = reference.Agencies.Select(a => a.Type == AgencyType.Ministry ? 0.3 : Math.Exp(Gaussian(random) * 0.9)).ToArray();
        var agencyPicker = new WeightedPicker(agencyWeights);

        // Themes per kind of owner, weighted by sector frequency shared among the sector's themes.
        var pickers = new Dictionary<DemoOwnerKind, (int[] Themes, WeightedPicker Picker)>();
        foreach (var kind in new[] { DemoOwnerKind.Province, DemoOwnerKind.Regency, DemoOwnerKind.City })
        {
            var suitable = Enumerable.Range(0, ministryThemeStart).Where(t => themes[t].Suits(kind)).ToArray();
            var perSector = suitable.GroupBy(t => themes[t].Sector).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var weights = suitable.Select(t => DemoCatalog.SectorWeights.GetValueOrDefault(themes[t].Sector, 1) / (double)perSector[themes[t].Sector]).ToArray();
            pickers[kind] = (suitable, new WeightedPicker(weights));
        }

        var ministryThemes = Enumerable.Range(ministryThemeStart, themes.Length - ministryThemeStart).ToArray();
        var end = DateTime.UtcNow.AddDays(-2);
        var span = (end - Start).Ticks;
        var rows = new InnovationRow[count];
        for (var i = 0; i < count; i++)
        {
            var agencyIndex = agencyPicker.Pick(random);
            var agency = reference.Agencies[agencyIndex];
            var kind = KindOf(agency.Type);
            var theme = kind == DemoOwnerKind.Ministry
                ? ministryThemes[random.Next(ministryThemes.Length)]
                : pickers[kind].Themes[pickers[kind].Picker.Pick(random)];
            var created = Start.AddTicks((long)((i + random.NextDouble()) / count * span));
            var createdOn = DateOnly.FromDateTime(created);
            var row = new InnovationRow
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(created)),
                Agency = agencyIndex,
                Theme = (short)theme,
                Acronym = (byte)random.Next(themes[theme].Acronyms.Count),
                TitleFormat = (byte)random.Next(4),
                Replicable = random.Next(100) < 60,
                CreatedAt = created,
                RowSeed = random.Next(),
            };

            var stageRoll = random.Next(100);
            row.Stage = stageRoll < 20 ? MaturityStage.Initiative : stageRoll < 45 ? MaturityStage.Trial : MaturityStage.Implementation;
            switch (row.Stage)
            {
                case MaturityStage.Implementation:
                    row.StartedOn = createdOn.AddDays(-random.Next(180, 1460));
                    row.ImplementedOn = row.StartedOn.AddDays(random.Next(30, 180));
                    break;
                case MaturityStage.Trial:
                    row.StartedOn = createdOn.AddDays(-random.Next(30, 365));
                    break;
                default:
                    row.StartedOn = createdOn.AddDays(-random.Next(0, 90));
                    break;
            }

            // Most of the registry is published; what is recent is more often still in the agency's hands.
            var stateRoll = random.Next(1000);
            var recent = (end - created).TotalDays < 120;
            row.State = recent
                ? stateRoll < 300 ? InnovationState.Draft : stateRoll < 500 ? InnovationState.Submitted : stateRoll < 560 ? InnovationState.Returned : InnovationState.Published
                : stateRoll < 100 ? InnovationState.Draft : stateRoll < 140 ? InnovationState.Submitted : stateRoll < 170 ? InnovationState.Returned : stateRoll < 930 ? InnovationState.Published : InnovationState.Archived;

            var at = created;
            DateTime Later(int maxDays)
            {
                at = at.AddMinutes(random.Next(60, maxDays * 24 * 60));
                if (at > end)
                {
                    at = end;
                }

                return at;
            }

            if (row.State is not InnovationState.Draft)
            {
                row.SubmittedAt = Later(30);
            }

            if (row.State is InnovationState.Returned or InnovationState.Published or InnovationState.Archived && row.SubmittedAt is not null)
            {
                row.VerifiedAt = Later(21);
            }

            if (row.State is InnovationState.Archived)
            {
                row.ArchivedAt = Later(700);
            }

            row.UpdatedAt = at;
            rows[i] = row;
        }

        return new Registry(rows, themes, reference, seed);
    }

    public static DemoOwnerKind KindOf(AgencyType type) => type switch
    {
        AgencyType.Ministry => DemoOwnerKind.Ministry,
        AgencyType.ProvincialGovernment => DemoOwnerKind.Province,
        AgencyType.CityGovernment => DemoOwnerKind.City,
        _ => DemoOwnerKind.Regency,
    };

    public string Place(in InnovationRow row) => Reference.Agencies[row.Agency].Place;

    /// <summary>
    /// The brand of a row: most often one of the few its agency gives its innovations in that sector, otherwise
    /// one of the theme's nationally copied brands (E-POSYANDU, PPDB ONLINE). Chosen from the row's seed, so
    /// that the same row always has the same brand.
    /// </summary>
    public string Brand(in InnovationRow row)
    {
        var slot = BrandSlot(row);
        return slot < 0
            ? Themes[row.Theme].Acronyms[row.Acronym]
            : _brands[((row.Agency * Reference.Sectors.Count) + _themeSector[row.Theme]) * BrandsPerSector + slot];
    }

    /// <summary>Which of its agency's brands in the sector a row has, or -1 for one of the theme's.</summary>
    private static int BrandSlot(in InnovationRow row)
    {
        var roll = (int)((uint)row.RowSeed % 100);
        return roll < 45 ? 0 : roll < 65 ? 1 : roll < 75 ? 2 : -1;
    }

    /// <summary>
    /// The texts of a row, the same every time for the same row: composed from the phrase pools of
    /// <see cref="Vocabulary"/> around the owner's place and brand, with now and then a sentence of the theme.
    /// </summary>
    public InnovationTexts Render(in InnovationRow row)
    {
        var random = new Random(row.RowSeed);
        var theme = Themes[row.Theme];
        var owner = Reference.Agencies[row.Agency];
        var ministry = owner.Type == AgencyType.Ministry;
        var objects = Vocabulary.Objects(theme.Sector);
        var slots = new Slots
        {
            Region = ministry ? "seluruh Indonesia" : owner.Region,
            Place = ministry ? "Indonesia" : owner.Place,
            Province = owner.ProvinceCode is { } code && _provinceRegions.TryGetValue(code, out var province) ? province : "Indonesia",
            Brand = Brand(row),
            Year = row.StartedOn.Year.ToString(CultureInfo.InvariantCulture),
            Before = (row.StartedOn.Year - 1).ToString(CultureInfo.InvariantCulture),
            Object = objects.Pick(random),
            Object2 = objects.Pick(random),
            Beneficiary = Vocabulary.Beneficiaries.Pick(random),
            Qualifier = Vocabulary.Qualifiers.Pick(random),
            Head = Vocabulary.Heads.Pick(random),
            Channel = Vocabulary.Channels.Pick(random),
            Partner = Vocabulary.Partners.Pick(random),
            Percent = Figure(random.Next(20, 76)),
            Small = Figure(random.Next(5, 20)),
            Points = Figure(random.Next(2, 10)),
            Few = Figure(random.Next(12, 96)),
            Hundreds = Figure(random.Next(110, 951)),
            Number = Figure(random.Next(150, 4801)),
        };
        if (slots.Object2 == slots.Object)
        {
            slots.Object2 = objects[random.Next(objects.Count)];
        }

        var text = new StringBuilder(600);
        string Fill(string template) => slots.Fill(template, text.Clear()).ToString();
        string Sentence(string template) => Capitalised(Fill(template));
        bool Chance(int percent) => random.Next(100) < percent;

        // A third of the titles keep the theme's name (the topics every region copies), the rest are composed.
        var topic = Chance(35)
            ? theme.Name
            : $"{slots.Head} {Vocabulary.TitleCase(slots.Object)}{(Chance(50) ? " " + slots.Qualifier : string.Empty)}";
        var brand = slots.Brand;
        var title = ministry
            ? row.TitleFormat % 2 == 0 ? $"{brand}: {topic}" : $"{topic} ({brand})"
            : row.TitleFormat switch
            {
                0 => $"{brand}: {topic} {owner.Region}",
                1 => $"{topic} di {owner.Region}",
                2 => $"{brand} {owner.Place}: {topic}",
                _ => $"{brand} ({topic}) {owner.Place}",
            };
        if (title.Length > InnovationContent.TitleMaxLength)
        {
            title = title[..InnovationContent.TitleMaxLength];
        }

        var summary = Fill(Vocabulary.Summaries.Pick(random));
        if (Chance(50))
        {
            summary += " " + Fill(Vocabulary.SummaryFollowUps.Pick(random));
        }

        if (Chance(25))
        {
            summary += " " + Fill(theme.Summary);
        }

        if (summary.Length > InnovationContent.SummaryMaxLength)
        {
            summary = summary[..InnovationContent.SummaryMaxLength];
        }

        var problem = Sentence(Vocabulary.ProblemOpeners.Pick(random) + Vocabulary.Problems.Pick(random) + ", " + Vocabulary.Consequences.Pick(random) + ".");
        if (Chance(40))
        {
            problem += " " + Sentence(Vocabulary.Problems.Pick(random) + ".");
        }

        if (Chance(25))
        {
            problem += " " + Fill(theme.Problem);
        }

        var solution = Fill("{brand} " + Vocabulary.Actions.Pick(random) + " {channel}, " + Vocabulary.Joins.Pick(random) + "{partner}.");
        if (Chance(60))
        {
            solution += " " + Vocabulary.Steps.Pick(random) + ".";
        }

        if (Chance(40))
        {
            // A province pilots in its regencies and cities; they name them, which place-name searches find.
            solution += owner.ProvinceCode is { } provinceCode && owner.RegencyCode is null && _regenciesByProvince.TryGetValue(provinceCode, out var regencies)
                ? $" Uji coba dimulai pada {slots.Year} di {regencies[random.Next(regencies.Length)]} dan {regencies[random.Next(regencies.Length)]}."
                : Fill(" Uji coba dimulai pada {year} di {few} desa dan kelurahan di {place}.");
        }

        if (Chance(25))
        {
            solution += " " + Fill(theme.Solution);
        }

        var novelty = Sentence(Vocabulary.Novelties.Pick(random) + ".");
        if (Chance(35))
        {
            novelty += " " + Sentence(Vocabulary.Novelties.Pick(random) + ".");
        }

        if (Chance(20))
        {
            novelty += " " + Fill(theme.Novelty);
        }

        var impact = Sentence(Vocabulary.Metrics.Pick(random) + " {percent} persen sejak {brand} diterapkan.");
        if (Chance(60))
        {
            impact += Fill(" Sebanyak {number} {beneficiary} telah terlayani.");
        }

        if (Chance(20))
        {
            impact += " " + Fill(theme.Impact);
        }

        if (row.Stage == MaturityStage.Initiative)
        {
            impact = DemoCatalog.TargetPrefix + char.ToLowerInvariant(impact[0]) + impact[1..];
        }

        var slug = new string([.. brand.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var links = random.Next(3) switch
        {
            0 => Array.Empty<string>(),
            1 => [$"https://{owner.Domain}/inovasi/{slug}-{slots.Year}"],
            _ => [$"https://{owner.Domain}/inovasi/{slug}-{slots.Year}", $"https://{owner.Domain}/dokumen/sk-inovasi-{slug}-{slots.Year}.pdf"],
        };
        return new InnovationTexts(title, Fill(theme.Unit), summary, problem, solution, novelty, impact, links);
    }

    /// <summary>
    /// What the benchmark asks for: ids of published innovations to get, the search query set (category and
    /// query, and the same queries URL-encoded), and the filters of the list scenarios: the largest province
    /// that has a hub, its most common sector, its busiest agency and its hub.
    /// </summary>
    public async Task WriteSamplesAsync(string directory, ReferenceSnapshot reference)
    {
        var random = new Random(7);
        var published = Innovations.Where(r => r.State == InnovationState.Published).Select(r => r.Id).ToArray();
        random.Shuffle(published);
        await File.WriteAllLinesAsync(Path.Combine(directory, "innovation-ids.txt"), published.Take(20_000).Select(id => id.ToString()));

        var byProvince = Innovations.Where(r => reference.Agencies[r.Agency].ProvinceCode is { } p && reference.HubByProvince.ContainsKey(p))
            .GroupBy(r => reference.Agencies[r.Agency].ProvinceCode!)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First();
        var sector = byProvince.GroupBy(r => Themes[r.Theme].Sector).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var busiestAgency = byProvince.GroupBy(r => r.Agency).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        await File.WriteAllLinesAsync(
            Path.Combine(directory, "list-filter.txt"),
            [byProvince.Key, sector, reference.Agencies[busiestAgency].Id.ToString(), reference.HubByProvince[byProvince.Key].ToString()]);

        var queries = SearchQueries(reference, byProvince.Key, busiestAgency);
        await File.WriteAllLinesAsync(Path.Combine(directory, "search-queries.tsv"), queries.Select((q, n) => $"{n + 1}\t{q.Category}\t{q.Query}"));
        // Quotes, spaces and minus signs encoded, so that wrk sends what a browser would.
        await File.WriteAllLinesAsync(Path.Combine(directory, "search-terms.txt"), queries.Select(q => Uri.EscapeDataString(q.Query).Replace("-", "%2D", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The benchmark's search queries in <c>websearch_to_tsquery</c> syntax, by category: words that match a large
    /// part of the registry, mid-frequency and rare words, brands from very common to rare (taken from the data),
    /// topics in a place, quoted phrases, exclusions, <c>or</c>, and words that match nothing.
    /// </summary>
    private List<(string Category, string Query)> SearchQueries(ReferenceSnapshot reference, string province, int busiestAgency)
    {
        var queries = new List<(string, string)>();
        void Add(string category, params string[] texts) => queries.AddRange(texts.Select(t => (category, t)));

        Add("common word", "pelayanan", "masyarakat", "desa", "inovasi");
        Add("mid-frequency word", "posyandu", "stunting", "perizinan", "beasiswa", "nelayan", "umkm", "sampah", "imunisasi", "perpustakaan", "ambulans");
        Add("rare word", "mikrohidro", "jelantah", "metrologi", "transmigran", "enkripsi");

        // Agencies' own single-word brands (no space or hyphen: one lexeme), from the most used to the rarest;
        // then two of the brands that regions copy from each other.
        var brands = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ref readonly var row in Innovations.AsSpan())
        {
            if (row.State == InnovationState.Published && BrandSlot(row) >= 0)
            {
                var brand = Brand(row);
                brands[brand] = brands.GetValueOrDefault(brand) + 1;
            }
        }

        var ranked = brands.Where(b => b.Key.All(char.IsAsciiLetterOrDigit)).OrderByDescending(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Key).ToArray();
        Add("brand", [.. new[] { 0, 9, 99, ranked.Length / 4, ranked.Length / 2, ranked.Length - 1 }.Where(r => r < ranked.Length).Select(r => ranked[r]).Distinct()]);
        Add("brand", "E-POSYANDU", "SIPENDIK");

        var provincePlace = reference.Agencies.First(a => a.ProvinceCode == province && a.Type == AgencyType.ProvincialGovernment).Place;
        var busiestPlace = reference.Agencies[busiestAgency].Place;
        // A regency of middling size: half the regencies register more, half fewer.
        var regencies = Innovations.GroupBy(r => r.Agency).Where(g => reference.Agencies[g.Key].RegencyCode is not null)
            .OrderBy(g => g.Count()).ThenBy(g => g.Key).ToArray();
        var quietPlace = reference.Agencies[regencies[regencies.Length / 2].Key].Place;
        Add(
            "topic in a place",
            $"posyandu {provincePlace}",
            $"perizinan {busiestPlace}",
            $"bank sampah {busiestPlace}",
            $"akta kelahiran {quietPlace}",
            $"sekolah {quietPlace}",
            "pelayanan masyarakat desa");
        Add("quoted phrase", "\"sekolah ramah anak\"", "\"bank sampah\"", "\"mal pelayanan publik\"", "\"akta kelahiran\"", "\"desa wisata\"", $"\"akta kelahiran\" {busiestPlace}");
        Add("exclusion", "kesehatan -stunting", "pelayanan -digital", "sampah -plastik", "desa -wisata", "umkm -digital");
        Add("or", "posyandu or puskesmas", "nelayan or petani", "bencana or kebakaran", "beasiswa or literasi");
        Add("no match", "xylofon", "blockchain kuantum", "\"kereta cepat antariksa\"", "zzzinovasi");
        return queries;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The values of one row's placeholders, filled in one pass over a template.</summary>
    private struct Slots
    {
        public string Region, Place, Province, Brand, Year, Before, Object, Object2, Beneficiary, Qualifier, Head, Channel, Partner;
        public string Percent, Small, Points, Few, Hundreds, Number;

        public readonly StringBuilder Fill(string template, StringBuilder into)
        {
            var at = 0;
            while (at < template.Length)
            {
                var open = template.IndexOf('{', at);
                var close = open < 0 ? -1 : template.IndexOf('}', open);
                if (close < 0)
                {
                    return into.Append(template, at, template.Length - at);
                }

                into.Append(template, at, open - at);
                var name = template.AsSpan(open + 1, close - open - 1);
                into.Append(name switch
                {
                    "region" => Region,
                    "place" => Place,
                    "province" => Province,
                    "acronym" or "brand" => Brand,
                    "year" => Year,
                    "before" => Before,
                    "object" => Object,
                    "object2" => Object2,
                    "beneficiary" => Beneficiary,
                    "qualifier" => Qualifier.ToLowerInvariant(),
                    "head" => Head.ToLowerInvariant(),
                    "channel" => Channel,
                    "partner" => Partner,
                    "percent" => Percent,
                    "small" => Small,
                    "points" => Points,
                    "few" => Few,
                    "hundreds" => Hundreds,
                    "number" => Number,
                    _ => throw new InvalidOperationException($"unknown placeholder {{{name}}}"),
                });
                at = close + 1;
            }

            return into;
        }
    }

    private static string Figure(int value) => value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

/// <summary>Picks an index with probability proportional to its weight (binary search over the running sum).</summary>
internal sealed class WeightedPicker
{
    private readonly double[] _cumulative;

    public WeightedPicker(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }
    }

    public int Pick(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
