using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Jipp.Api.Tests.Matchmaking;

/// <summary>
/// Keeps matchmaking honest: a fixed corpus of realistic innovations of five provinces (some not replicable, some not
/// published) and problem statements written as agencies describe them, each with the innovations that must be among
/// the first five (matchmaking-set.json); and innovations whose "similar" must hold named others among its first five.
/// Every problem (every innovation) runs in one test and every miss is reported.
/// </summary>
public sealed class ReplicationMatchRelevanceTests(ApiFactory factory, ITestOutputHelper output) : InnovationTest(factory)
{
    private const int MinimumProblems = 20;
    private const int MinimumCorpus = 40;
    private const int MinimumSimilar = 10;

    private static readonly Lazy<MatchmakingSet> Set = new(MatchmakingSet.Load);

    [Fact]
    public void The_set_keeps_its_size_and_refers_only_to_its_corpus()
    {
        var set = Set.Value;
        var keys = set.Corpus.Select(e => e.Key).ToList();

        Assert.True(set.Problems.Count >= MinimumProblems, $"the set holds {set.Problems.Count} problems; it must not shrink below {MinimumProblems}");
        Assert.True(set.Corpus.Count >= MinimumCorpus, $"the corpus holds {set.Corpus.Count} innovations; it must not shrink below {MinimumCorpus}");
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(set.Problems, p => Assert.All(p.Top5.Concat(p.None).Concat(p.First is null ? [] : [p.First]), k => Assert.Contains(k, keys)));
        Assert.All(set.Problems, p => Assert.True(p.Top5.Count <= 5, $"{p.Problem}: at most five answers fit in the first five"));

        // An expected answer must be one that may be returned at all.
        var returnable = set.Corpus.Where(e => e.State == "published" && e.Replicable).Select(e => e.Key).ToHashSet();
        Assert.All(set.Problems, p => Assert.All(p.Top5, k => Assert.Contains(k, returnable)));

        // "Similar" returns published innovations, replicable or not, and asks of one that anyone may see.
        var published = set.Corpus.Where(e => e.State == "published").Select(e => e.Key).ToHashSet();
        Assert.True(set.Similar.Count >= MinimumSimilar, $"the set holds {set.Similar.Count} innovations for similar; it must not shrink below {MinimumSimilar}");
        Assert.All(set.Similar, s => Assert.Contains(s.Of, published));
        Assert.All(set.Similar, s => Assert.All(s.Top5, k => Assert.Contains(k, published.Except([s.Of]))));
    }

    [Fact]
    public async Task Every_problem_finds_its_answers_among_the_first_five()
    {
        var set = Set.Value;
        var keyOf = await RegisterCorpusAsync(set);
        var never = set.Corpus.Where(e => e.State != "published" || !e.Replicable).Select(e => e.Key).ToHashSet();
        var failures = new List<string>();
        foreach (var problem in set.Problems)
        {
            var answer = await Matching.MatchAsync(Anonymous, new { problem = problem.Problem, sector = problem.Sector, digital = problem.Digital, limit = 20 });
            var results = answer.GetProperty("items").EnumerateArray()
                .Select(i => (Key: keyOf.GetValueOrDefault(i.GetProperty("innovation").GetProperty("id").GetGuid(), "?"), Score: i.GetProperty("score").GetDouble()))
                .ToList();
            var keys = results.Select(r => r.Key).ToList();
            var misses = problem.Top5.Where(k => !keys.Take(5).Contains(k)).Select(k => $"{k} not in the first five").ToList();
            if (problem.First is { } first && keys.FirstOrDefault() != first)
            {
                misses.Add($"{first} not first");
            }

            misses.AddRange(problem.None.Concat(never).Distinct().Where(keys.Contains).Select(k => $"{k} must not appear"));
            if (problem.Digital is { } digital)
            {
                misses.AddRange(keys.Where(k => set.Corpus.Single(e => e.Key == k).Digital != digital).Select(k => $"{k} is not digital={digital}"));
            }

            if (misses.Count > 0)
            {
                failures.Add($"\"{problem.Problem}\": {string.Join(", ", misses)}\n    got {string.Join("; ", results.Take(6).Select((r, n) => $"{n + 1}. {r.Key} {r.Score:F3}"))}\n    ({problem.Why})");
            }
        }

        output.WriteLine($"Matchmaking relevance: {set.Problems.Count - failures.Count} of {set.Problems.Count} problems answered as expected.");
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"{failures.Count} of {set.Problems.Count} problems were answered otherwise than expected:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public async Task Every_innovation_finds_its_like_among_the_first_five_similar()
    {
        var set = Set.Value;
        var keyOf = await RegisterCorpusAsync(set);
        var idOf = keyOf.ToDictionary(e => e.Value, e => e.Key);
        var never = set.Corpus.Where(e => e.State != "published").Select(e => e.Key).ToHashSet();
        var failures = new List<string>();
        foreach (var expectation in set.Similar)
        {
            var answer = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}/{idOf[expectation.Of]}/similar?limit=20", Json);
            var results = answer.GetProperty("items").EnumerateArray()
                .Select(i => (Key: keyOf.GetValueOrDefault(i.GetProperty("innovation").GetProperty("id").GetGuid(), "?"), Score: i.GetProperty("score").GetDouble()))
                .ToList();
            var keys = results.Select(r => r.Key).ToList();
            var misses = expectation.Top5.Where(k => !keys.Take(5).Contains(k)).Select(k => $"{k} not in the first five").ToList();
            misses.AddRange(never.Append(expectation.Of).Where(keys.Contains).Select(k => $"{k} must not appear"));
            if (misses.Count > 0)
            {
                failures.Add($"{expectation.Of}: {string.Join(", ", misses)}\n    got {string.Join("; ", results.Take(6).Select((r, n) => $"{n + 1}. {r.Key} {r.Score:F3}"))}\n    ({expectation.Why})");
            }
        }

        output.WriteLine($"Similar relevance: {set.Similar.Count - failures.Count} of {set.Similar.Count} innovations answered as expected.");
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"{failures.Count} of {set.Similar.Count} innovations' similar were otherwise than expected:\n{string.Join('\n', failures)}");
    }

    /// <summary>Registers the corpus, each entry by its agency and taken to its state, and refreshes the term table; returns each id's key.</summary>
    private async Task<Dictionary<Guid, string>> RegisterCorpusAsync(MatchmakingSet set)
    {
        var agencies = new Dictionary<string, HttpClient>
        {
            ["surabaya"] = Owner,
            ["bali"] = OtherAgency,
            ["jabar"] = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("32")),
            ["ntb"] = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("52")),
            ["sulsel"] = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("73")),
        };
        var keyOf = new Dictionary<Guid, string>();
        foreach (var entry in set.Corpus)
        {
            keyOf[await RegisterAsync(agencies[entry.Agency ?? "surabaya"], entry)] = entry.Key;
        }

        await Matching.RefreshTermsAsync(Factory);
        return keyOf;
    }

    private async Task<Guid> RegisterAsync(HttpClient agency, CorpusEntry entry)
    {
        var body = Body(entry.Title, entry.Sector);
        body["unitName"] = entry.UnitName;
        body["summary"] = entry.Summary;
        body["problem"] = entry.Problem;
        body["solution"] = entry.Solution;
        body["novelty"] = "Belum pernah diterapkan di daerah ini sebelumnya.";
        body["impact"] = "Waktu tunggu warga turun lebih dari separuh dalam setahun.";
        body["replicable"] = entry.Replicable;
        body["digital"] = entry.Digital;
        var response = await agency.PostAsJsonAsync(Innovations, body, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        switch (entry.State)
        {
            case "draft":
                break;
            case "submitted":
                await ActAsync(agency, id, "submission");
                break;
            case "published":
                await ActAsync(agency, id, "submission");
                await ActAsync(Ministry, id, "verification", new { decision = "publish" });
                break;
            case "archived":
                await ActAsync(agency, id, "archival");
                break;
            default:
                throw new InvalidOperationException($"{entry.Key}: unknown state {entry.State}");
        }

        return id;
    }

    private sealed record MatchmakingSet(IReadOnlyList<CorpusEntry> Corpus, IReadOnlyList<ProblemStatement> Problems, IReadOnlyList<SimilarExpectation> Similar)
    {
        private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        };

        /// <summary>Only read from the file, where it says what the set is for.</summary>
        public string? About { get; init; }

        public static MatchmakingSet Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Matchmaking", "matchmaking-set.json");
            return JsonSerializer.Deserialize<MatchmakingSet>(File.ReadAllText(path, Encoding.UTF8), FileOptions)
                ?? throw new InvalidOperationException($"{path} is empty");
        }
    }

    private sealed record CorpusEntry(
        string Key,
        string Title,
        string UnitName,
        string Sector,
        string Summary,
        string Problem,
        string Solution,
        string State = "published",
        string? Agency = null,
        bool Replicable = true,
        bool Digital = true);

    /// <param name="Of">The innovation whose similar ones are asked for.</param>
    /// <param name="Top5">Those that must be among its first five.</param>
    /// <param name="Why">What they have in common.</param>
    private sealed record SimilarExpectation(string Of, IReadOnlyList<string> Top5, string Why);

    private sealed record ProblemStatement(
        string Problem,
        IReadOnlyList<string> Top5,
        string Why,
        IReadOnlyList<string>? NoneOf = null,
        string? First = null,
        string? Sector = null,
        bool? Digital = null)
    {
        public IReadOnlyList<string> None { get; init; } = NoneOf ?? [];
    }
}
