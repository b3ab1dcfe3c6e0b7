using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Jipp.Api.Tests.Search;

/// <summary>
/// Keeps search ranking honest: a fixed corpus of realistic innovations and the answers a person expects first for
/// each query (relevance-set.json). Every query runs in one test and every mismatch is reported, so one run shows
/// the whole picture of a ranking change.
/// </summary>
public sealed class SearchRelevanceTests(ApiFactory factory, ITestOutputHelper output) : InnovationTest(factory)
{
    private const int MinimumQueries = 20;

    /// <summary>How many results a failure message shows.</summary>
    private const int Shown = 8;

    private static readonly Lazy<RelevanceSet> Set = new(RelevanceSet.Load);

    [Fact]
    public void The_relevance_set_keeps_its_queries_and_refers_only_to_its_corpus()
    {
        var set = Set.Value;
        var keys = set.Corpus.Select(e => e.Key).ToList();

        Assert.True(set.Queries.Count >= MinimumQueries, $"the relevance set holds {set.Queries.Count} queries; it must not shrink below {MinimumQueries}");
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(set.Corpus, e => Assert.True(e.Agency is null || (e.Agency == "bali" && e.State == "published"), $"{e.Key}: the only other agency is \"bali\", and its entries are published"));
        Assert.All(set.Queries, q => Assert.All(q.FirstGroups.SelectMany(g => g).Concat(q.None), k => Assert.Contains(k, keys)));
    }

    [Fact]
    public async Task Every_query_finds_the_best_answers_first()
    {
        var set = Set.Value;
        var keyOf = new Dictionary<Guid, string>();
        foreach (var entry in set.Corpus)
        {
            // One at a time, in file order: registration order is the "newer" order the ranking breaks ties with.
            var id = entry.Agency == "bali" ? await PublishAsync(OtherAgency, entry.ToBody()) : await InStateAsync(entry.State, entry.ToBody());
            keyOf[id] = entry.Key;
        }

        var failures = new List<string>();
        foreach (var query in set.Queries)
        {
            var url = $"{Innovations}?q={Uri.EscapeDataString(query.Q)}&pageSize=100" + (query.Filter is null ? string.Empty : $"&{query.Filter}");
            var page = await Anonymous.GetFromJsonAsync<JsonElement>(url, Json);
            var results = page.GetProperty("items").EnumerateArray()
                .Select(i => (Key: keyOf.GetValueOrDefault(i.GetProperty("id").GetGuid(), "?"), Title: i.GetProperty("title").GetString()))
                .ToList();
            var problems = query.Check(results.Select(r => r.Key).ToList());
            if (problems.Count > 0)
            {
                var shown = string.Join("; ", results.Take(Shown).Select((r, n) => $"{n + 1}. {r.Title} [{r.Key}]"));
                failures.Add($"q={query.Q}{(query.Filter is null ? string.Empty : $" &{query.Filter}")}: expected {query.DescribeFirst()}; {string.Join(", ", problems)}\n"
                    + $"    got {results.Count}: {(results.Count == 0 ? "nothing" : shown)}{(results.Count > Shown ? "; …" : string.Empty)}\n"
                    + $"    ({query.Why})");
            }
        }

        var passed = set.Queries.Count - failures.Count;
        output.WriteLine($"Search relevance: {passed} of {set.Queries.Count} queries ranked as expected.");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {set.Queries.Count} queries ranked otherwise than expected:\n{string.Join('\n', failures)}");
    }

    private async Task<Guid> PublishAsync(HttpClient agency, Dictionary<string, object?> body)
    {
        var response = await agency.PostAsJsonAsync(Innovations, body, Json);
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await ActAsync(agency, id, "submission");
        await ActAsync(Ministry, id, "verification", new { decision = "publish" });
        return id;
    }

    private sealed record RelevanceSet(IReadOnlyList<CorpusEntry> Corpus, IReadOnlyList<RelevanceQuery> Queries)
    {
        // A misspelt field in the file must fail loudly rather than silently drop an expectation.
        private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        };

        public static RelevanceSet Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Search", "relevance-set.json");
            return JsonSerializer.Deserialize<RelevanceSet>(File.ReadAllText(path, Encoding.UTF8), FileOptions)
                ?? throw new InvalidOperationException($"{path} is empty");
        }

        /// <summary>Only read from the file, where it says what the set is for.</summary>
        public string? About { get; init; }
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
        string? Novelty = null,
        string? Impact = null)
    {
        public Dictionary<string, object?> ToBody()
        {
            var body = Body(Title, Sector);
            body["unitName"] = UnitName;
            body["summary"] = Summary;
            body["problem"] = Problem;
            body["solution"] = Solution;

            // Fields outside the search hold words of no query unless an entry says otherwise.
            body["novelty"] = Novelty ?? "Belum pernah diterapkan di daerah ini sebelumnya.";
            body["impact"] = Impact ?? "Waktu tunggu warga turun lebih dari separuh dalam setahun.";
            return body;
        }
    }

    /// <summary>
    /// One query and its expectations: <see cref="First"/> is the ordered start of the results, each element a key or
    /// a list of keys that may come in any order; <see cref="None"/> must not appear; with <see cref="Exact"/> nothing
    /// may follow the first ones.
    /// </summary>
    private sealed class RelevanceQuery
    {
        public required string Q { get; init; }

        public required string Why { get; init; }

        /// <summary>Added to the query string, e.g. <c>provinceCode=35</c>.</summary>
        public string? Filter { get; init; }

        public required IReadOnlyList<JsonElement> First { get; init; }

        public IReadOnlyList<string> None { get; init; } = [];

        public bool Exact { get; init; }

        public List<List<string>> FirstGroups => First
            .Select(g => g.ValueKind == JsonValueKind.Array ? g.EnumerateArray().Select(k => k.GetString()!).ToList() : [g.GetString()!])
            .ToList();

        public List<string> Check(List<string> keys)
        {
            var problems = new List<string>();
            var position = 0;
            foreach (var group in FirstGroups)
            {
                var actual = keys.Skip(position).Take(group.Count).ToList();
                if (!actual.Order(StringComparer.Ordinal).SequenceEqual(group.Order(StringComparer.Ordinal)))
                {
                    problems.Add($"at {position + 1} {Describe(group)}, got {(actual.Count == 0 ? "nothing" : string.Join(", ", actual))}");
                }

                position += group.Count;
            }

            problems.AddRange(None.Where(keys.Contains).Select(k => $"{k} must not appear"));
            if (Exact && keys.Count > position)
            {
                problems.Add($"nothing more expected, got {string.Join(", ", keys.Skip(position))}");
            }

            return problems;
        }

        public string DescribeFirst() =>
            (FirstGroups.Count == 0 ? "no results" : string.Join(" then ", FirstGroups.Select(Describe)))
            + (Exact && FirstGroups.Count > 0 ? " only" : string.Empty)
            + (None.Count == 0 ? string.Empty : $", never {string.Join(", ", None)}");

        private static string Describe(List<string> group) =>
            group.Count == 1 ? group[0] : $"{{{string.Join(", ", group)}}} in any order";
    }
}
