namespace Jipp.Application.Matchmaking;

/// <summary>
/// The database side of matchmaking (ADR 26): the words of a text with how many published innovations hold each, and
/// the innovations that share them. Ranking is <see cref="MatchRanking"/>'s.
/// </summary>
public interface IInnovationMatcher
{
    /// <summary>
    /// The distinct lexemes of <paramref name="text"/> (PostgreSQL's <c>indonesian</c> configuration) that the published
    /// registry holds, with their document frequency as of the last refresh of the term table, and the registry's size
    /// then. A word that no published innovation held at that refresh is left out: it can match nothing that was there.
    /// </summary>
    Task<TermFrequencies> TermFrequenciesAsync(string text, CancellationToken cancellationToken);

    /// <summary>
    /// The candidates: for each retrieving term, its newest <see cref="CandidateQuery.PerTerm"/> matches among the
    /// published innovations that pass the query's filters, with the terms each shares.
    /// </summary>
    Task<IReadOnlyList<MatchCandidate>> CandidatesAsync(CandidateQuery query, CancellationToken cancellationToken);
}

/// <param name="Lexeme">The stemmed word.</param>
/// <param name="Documents">Published innovations that hold it.</param>
public sealed record TermFrequency(string Lexeme, long Documents);

/// <param name="Documents">Published innovations at the last refresh (0 before the first).</param>
/// <param name="Terms">The text's words that they hold.</param>
public sealed record TermFrequencies(long Documents, IReadOnlyList<TermFrequency> Terms);

/// <param name="Terms">The key terms; a candidate's shared terms are indexes into this list.</param>
/// <param name="ReplicableOnly">Only innovations whose owner is willing to have them replicated.</param>
/// <param name="Digital">Only digital (true) or non-digital (false) innovations; null: both.</param>
/// <param name="Excluding">Leave out this innovation, its original and its replications (for "similar").</param>
/// <param name="ExcludingOriginal">The original of <paramref name="Excluding"/>, if any.</param>
/// <param name="PerTerm">Newest matches fetched per retrieving term.</param>
public sealed record CandidateQuery(IReadOnlyList<KeyTerm> Terms, bool ReplicableOnly, bool? Digital, Guid? Excluding, Guid? ExcludingOriginal, int PerTerm);

/// <param name="Id">The innovation.</param>
/// <param name="Sector">Its sector code.</param>
/// <param name="ReplicationCount">Its completed replications.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="SharedTerms">Indexes into <see cref="CandidateQuery.Terms"/> of the key terms it holds.</param>
/// <param name="TitleTerms">Those of them in its title.</param>
public sealed record MatchCandidate(Guid Id, string Sector, int ReplicationCount, DateTimeOffset? PublishedAt, IReadOnlyList<int> SharedTerms, IReadOnlyList<int> TitleTerms);
