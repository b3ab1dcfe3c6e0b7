using Jipp.Application.Matchmaking;

namespace Jipp.Application.Tests;

/// <summary>How matchmaking turns a text into key terms and ranks candidates (ADR 26), without a database.</summary>
public sealed class MatchRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Key_terms_are_the_rarest_words_weighted_by_rarity_and_words_in_most_innovations_are_dropped()
    {
        var terms = MatchRanking.KeyTerms(new TermFrequencies(1_000_000, [
            new("dan", 900_000), new("warga", 600_000), new("puskesmas", 100_000), new("antre", 20_000), new("sipendik", 12)]));

        Assert.Equal(["sipendik", "antre", "puskesmas"], terms.Select(t => t.Lexeme));
        Assert.True(terms[0].Weight > terms[1].Weight && terms[1].Weight > terms[2].Weight);
        Assert.Equal(Math.Log(1_000_001.0 / 12), terms[0].Weight, 6);
    }

    [Fact]
    public void Only_the_rarest_and_cheap_terms_fetch_candidates()
    {
        var words = Enumerable.Range(0, 14).Select(n => new TermFrequency($"w{n:00}", 30_000 + (n * 1_000))).Append(new TermFrequency("brand", 40)).ToList();

        var terms = MatchRanking.KeyTerms(new TermFrequencies(1_000_000, words));

        Assert.Equal(MatchmakingLimits.KeyTerms, terms.Count);
        // "brand" (40 innovations) fits in one fetch; of the others (3 % and more of the registry) only the rarest one retrieves too.
        Assert.Equal(["brand", "w00"], terms.Where(t => t.Retrieving).Select(t => t.Lexeme));
    }

    [Fact]
    public void Similar_leaves_out_the_words_only_the_innovation_itself_holds()
    {
        // "suroboyo" and "tiket" are held by the innovation alone: as key terms they would fetch only the innovation itself.
        var own = new TermFrequencies(1_000, [new("suroboyo", 1), new("tiket", 1), new("plastik", 4), new("sampah", 120)]);

        var terms = MatchRanking.KeyTerms(MatchRanking.WithoutOneDocument(own));

        Assert.Equal(["plastik", "sampah"], terms.Select(t => t.Lexeme));
        Assert.Equal(Math.Log(1_000.0 / 3), terms[0].Weight, 6);
        Assert.All(terms, t => Assert.True(t.Retrieving));
    }

    [Fact]
    public void A_young_registry_keeps_words_held_by_a_few_innovations()
    {
        var terms = MatchRanking.KeyTerms(new TermFrequencies(4, [new("izin", 3), new("dan", 4)]));

        Assert.Equal(["izin", "dan"], terms.Select(t => t.Lexeme));
    }

    [Fact]
    public void Candidates_rank_by_shared_weight_then_sector_title_replications_and_recency()
    {
        IReadOnlyList<KeyTerm> terms = [new("antre", 3.0, true), new("puskesmas", 1.0, true)];
        var both = Candidate(1, "health", [0, 1]);
        var rare = Candidate(2, "health", [0]);
        var common = Candidate(3, "health", [1]);
        var rareInTitle = Candidate(4, "health", [0], titleTerms: [0]);
        var rareOtherSector = Candidate(5, "transport", [0]);
        var none = Candidate(6, "health", []);

        var ranked = MatchRanking.Rank(terms, [common, rare, none, both, rareInTitle, rareOtherSector], "health", Now);

        Assert.Equal([4, 1, 2, 5, 3], ranked.Select(m => (int)m.Candidate.Id.ToByteArray()[0]));
        Assert.Equal(["antre", "puskesmas"], ranked.Single(m => m.Candidate == both).SharedTerms);
        Assert.True(ranked.Single(m => m.Candidate == rare).SameSector);
        Assert.False(ranked.Single(m => m.Candidate == rareOtherSector).SameSector);
    }

    [Fact]
    public void Replications_and_recency_only_order_near_equals()
    {
        IReadOnlyList<KeyTerm> terms = [new("antre", 3.0, true), new("puskesmas", 1.0, true)];
        var replicated = Candidate(1, "health", [0], replications: 15, publishedAt: Now.AddYears(-6));
        var recent = Candidate(2, "health", [0], publishedAt: Now);
        var betterText = Candidate(3, "health", [0, 1], publishedAt: Now.AddYears(-8));

        var ranked = MatchRanking.Rank(terms, [replicated, recent, betterText], null, Now);

        Assert.Equal([3, 1, 2], ranked.Select(m => (int)m.Candidate.Id.ToByteArray()[0]));
    }

    private static MatchCandidate Candidate(byte id, string sector, int[] sharedTerms, int[]? titleTerms = null, int replications = 0, DateTimeOffset? publishedAt = null)
    {
        var bytes = new byte[16];
        bytes[0] = id;
        return new MatchCandidate(new Guid(bytes), sector, replications, publishedAt ?? Now.AddYears(-1), sharedTerms, titleTerms ?? []);
    }
}
