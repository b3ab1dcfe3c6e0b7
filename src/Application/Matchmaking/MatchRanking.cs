namespace Jipp.Application.Matchmaking;

/// <summary>A key term of a text: a stemmed word, how much it tells (its inverse document frequency), and whether it fetches candidates.</summary>
/// <param name="Lexeme">The stemmed word.</param>
/// <param name="Weight">ln(N / documents): rare words weigh more.</param>
/// <param name="Retrieving">Whether its newest matches are fetched as candidates (the rarest terms); the others only score.</param>
/// <param name="Share">The share of the published innovations that hold it.</param>
public sealed record KeyTerm(string Lexeme, double Weight, bool Retrieving, double Share = 0);

/// <summary>A candidate with its score.</summary>
public sealed record RankedMatch(MatchCandidate Candidate, double Score, IReadOnlyList<string> SharedTerms, bool SameSector);

/// <summary>
/// How matchmaking ranks (ADR 26): a text becomes its key terms (its words that few published innovations hold,
/// weighted by how rare they are), and a candidate scores the weighted share of the key terms it holds (a term in its
/// title counts half again), raised for the sector asked for, then a little for completed replications and recency.
/// </summary>
public static class MatchRanking
{
    /// <summary>A key term in the candidate's title counts this much more.</summary>
    public const double TitleBonus = 0.5;

    /// <summary>The text score of an innovation in the sector asked for is raised by this share.</summary>
    public const double SectorBonus = 0.2;

    /// <summary>At most this is added for completed replications (reached at 15).</summary>
    public const double ReplicationBonus = 0.05;

    /// <summary>At most this is added for recency (published today; half after two years).</summary>
    public const double RecencyBonus = 0.03;

    private static readonly TimeSpan RecencyHalfLife = TimeSpan.FromDays(730);

    /// <summary>
    /// The key terms of a text: its words held by at most <see cref="MatchmakingLimits.MaxTermShare"/> of the published
    /// innovations (or by at most <see cref="MatchmakingLimits.AlwaysKeyTermDocuments"/>, so that a young registry has key
    /// terms), the <see cref="MatchmakingLimits.KeyTerms"/> rarest, weighted by ln((N + 1) / documents). A key term
    /// whose matches all fit in one fetch (<see cref="MatchmakingLimits.CandidatesPerTerm"/>) fetches candidates, as do those
    /// of the rarest <see cref="MatchmakingLimits.RetrievingTerms"/> held by at most <see cref="MatchmakingLimits.MaxRetrievingShare"/>;
    /// the two rarest always do.
    /// </summary>
    public static IReadOnlyList<KeyTerm> KeyTerms(TermFrequencies frequencies)
    {
        var total = Math.Max(frequencies.Documents, 1);
        var kept = frequencies.Terms
            .Where(t => t.Documents > 0 && (t.Documents <= MatchmakingLimits.AlwaysKeyTermDocuments || t.Documents <= total * MatchmakingLimits.MaxTermShare))
            .OrderBy(t => t.Documents)
            .ThenBy(t => t.Lexeme, StringComparer.Ordinal)
            .Take(MatchmakingLimits.KeyTerms)
            .ToList();
        return kept.Select((t, rank) => new KeyTerm(
                t.Lexeme,
                Math.Log((total + 1.0) / t.Documents),
                t.Documents <= MatchmakingLimits.CandidatesPerTerm
                    || (rank < MatchmakingLimits.RetrievingTerms && (rank < 2 || t.Documents <= total * MatchmakingLimits.MaxRetrievingShare)),
                (double)t.Documents / total))
            .ToList();
    }

    /// <summary>
    /// The frequencies among the published innovations other than one of them, for "similar": each of its words is counted
    /// once for itself, which a word no other innovation holds (a name, a brand, a place) would otherwise turn into its
    /// rarest key term, fetching only the innovation itself, which "similar" leaves out. Such words drop out (held by
    /// none); the others are counted one fewer. An innovation published since the term table's last refresh is not in
    /// it, and a word only one other innovation holds is then dropped too, until the next refresh.
    /// </summary>
    public static TermFrequencies WithoutOneDocument(TermFrequencies frequencies) =>
        new(Math.Max(frequencies.Documents - 1, 0), [.. frequencies.Terms.Select(t => t with { Documents = t.Documents - 1 })]);

    /// <summary>The candidates, best first: by score, then newer, then id.</summary>
    public static IReadOnlyList<RankedMatch> Rank(IReadOnlyList<KeyTerm> terms, IEnumerable<MatchCandidate> candidates, string? sector, DateTimeOffset now)
    {
        var totalWeight = terms.Sum(t => t.Weight);
        if (totalWeight <= 0)
        {
            return [];
        }

        return candidates
            .Where(c => c.SharedTerms.Count > 0)
            .Select(c =>
            {
                var text = c.SharedTerms.Sum(i => terms[i].Weight * (c.TitleTerms.Contains(i) ? 1 + TitleBonus : 1)) / totalWeight;
                var sameSector = sector is not null && c.Sector == sector;
                var replications = ReplicationBonus * Math.Min(1, Math.Log2(1 + c.ReplicationCount) / 4);
                var age = c.PublishedAt is { } published ? Math.Max(0, (now - published).TotalDays) : double.MaxValue;
                var recency = RecencyBonus * Math.Pow(0.5, age / RecencyHalfLife.TotalDays);
                var score = (text * (sameSector ? 1 + SectorBonus : 1)) + replications + recency;
                var shared = c.SharedTerms.OrderByDescending(i => terms[i].Weight).ThenBy(i => i).Select(i => terms[i].Lexeme).ToList();
                return new RankedMatch(c, Math.Round(score, 4), shared, sameSector);
            })
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => m.Candidate.PublishedAt)
            .ThenByDescending(m => m.Candidate.Id)
            .ToList();
    }
}
