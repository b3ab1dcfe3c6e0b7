using System.Globalization;
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

    private Registry(InnovationRow[] innovations, DemoTheme[] themes, ReferenceSnapshot reference)
    {
        Innovations = innovations;
        Themes = themes;
        Reference = reference;
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

        return new Registry(rows, themes, reference);
    }

    public static DemoOwnerKind KindOf(AgencyType type) => type switch
    {
        AgencyType.Ministry => DemoOwnerKind.Ministry,
        AgencyType.ProvincialGovernment => DemoOwnerKind.Province,
        AgencyType.CityGovernment => DemoOwnerKind.City,
        _ => DemoOwnerKind.Regency,
    };

    public string Place(in InnovationRow row) => Reference.Agencies[row.Agency].Place;

    public string Brand(in InnovationRow row) => Themes[row.Theme].Acronyms[row.Acronym];

    /// <summary>The texts of a row, the same every time for the same row.</summary>
    public InnovationTexts Render(in InnovationRow row)
    {
        var random = new Random(row.RowSeed);
        var theme = Themes[row.Theme];
        var owner = Reference.Agencies[row.Agency];
        var brand = theme.Acronyms[row.Acronym];
        var year = row.StartedOn.Year.ToString(CultureInfo.InvariantCulture);
        var figures = new[]
        {
            ("{percent}", Figure(random.Next(20, 76))), ("{small}", Figure(random.Next(5, 20))), ("{points}", Figure(random.Next(2, 10))),
            ("{few}", Figure(random.Next(12, 96))), ("{hundreds}", Figure(random.Next(110, 951))), ("{number}", Figure(random.Next(150, 4801))),
        };
        string Fill(string text)
        {
            text = text.Replace("{region}", owner.Region, StringComparison.Ordinal)
                .Replace("{place}", owner.Place, StringComparison.Ordinal)
                .Replace("{acronym}", brand, StringComparison.Ordinal)
                .Replace("{year}", year, StringComparison.Ordinal);
            foreach (var (placeholder, value) in figures)
            {
                text = text.Replace(placeholder, value, StringComparison.Ordinal);
            }

            return text;
        }

        var title = owner.Type == AgencyType.Ministry
            ? row.TitleFormat % 2 == 0 ? $"{brand}: {theme.Name}" : $"{theme.Name} ({brand})"
            : row.TitleFormat switch
            {
                0 => $"{brand}: {theme.Name} {owner.Region}",
                1 => $"{theme.Name} {owner.Region}",
                2 => $"{brand} {owner.Place}: {theme.Name}",
                _ => $"{brand} ({theme.Name}) {owner.Place}",
            };
        if (title.Length > InnovationContent.TitleMaxLength)
        {
            title = title[..InnovationContent.TitleMaxLength];
        }

        var impact = Fill(theme.Impact);
        if (row.Stage == MaturityStage.Initiative)
        {
            impact = DemoCatalog.TargetPrefix + char.ToLowerInvariant(impact[0]) + impact[1..];
        }

        var slug = new string([.. brand.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var links = random.Next(3) switch
        {
            0 => Array.Empty<string>(),
            1 => [$"https://{owner.Domain}/inovasi/{slug}-{year}"],
            _ => [$"https://{owner.Domain}/inovasi/{slug}-{year}", $"https://{owner.Domain}/dokumen/sk-inovasi-{slug}-{year}.pdf"],
        };
        return new InnovationTexts(title, Fill(theme.Unit), Fill(theme.Summary), Fill(theme.Problem), Fill(theme.Solution), Fill(theme.Novelty), impact, links);
    }

    /// <summary>
    /// What the benchmark asks for: ids of published innovations to get, search phrases (a theme's brand; a topic in a
    /// place), and the filters of the list scenario (the largest province and its most common sector).
    /// </summary>
    public async Task WriteSamplesAsync(string directory, ReferenceSnapshot reference)
    {
        var random = new Random(7);
        var published = Innovations.Where(r => r.State == InnovationState.Published).Select(r => r.Id).ToArray();
        random.Shuffle(published);
        await File.WriteAllLinesAsync(Path.Combine(directory, "innovation-ids.txt"), published.Take(20_000).Select(id => id.ToString()));

        var searches = new List<string>();
        for (var i = 0; searches.Count < 400 && i < 100_000; i++)
        {
            var row = Innovations[random.Next(Innovations.Length)];
            if (row.State != InnovationState.Published)
            {
                continue;
            }

            searches.Add(i % 2 == 0 ? Brand(row) : $"{Themes[row.Theme].Name} {Place(row)}");
        }

        await File.WriteAllLinesAsync(Path.Combine(directory, "search-terms.txt"), searches.Select(Uri.EscapeDataString));

        var byProvince = Innovations.Where(r => reference.Agencies[r.Agency].ProvinceCode is not null)
            .GroupBy(r => reference.Agencies[r.Agency].ProvinceCode!)
            .OrderByDescending(g => g.Count())
            .First();
        var sector = byProvince.GroupBy(r => Themes[r.Theme].Sector).OrderByDescending(g => g.Count()).First().Key;
        var busiestAgency = Innovations.GroupBy(r => r.Agency).OrderByDescending(g => g.Count()).First().Key;
        await File.WriteAllLinesAsync(Path.Combine(directory, "list-filter.txt"), [byProvince.Key, sector, reference.Agencies[busiestAgency].Id.ToString()]);
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
