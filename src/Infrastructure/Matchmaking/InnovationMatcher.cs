using Jipp.Application.Common.Interfaces;
using Jipp.Application.Innovations.ListInnovations;
using Jipp.Application.Matchmaking;
using Jipp.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Jipp.Infrastructure.Matchmaking;

/// <summary>
/// Matchmaking's two reads (ADR 26), in SQL on the request's context (primary or standby, as the request was routed):
/// a text's words with their document frequency from the term table that <see cref="TermStatistics"/> keeps, and the
/// candidates that share its key terms, each fetched through the GIN index of <c>search_vector</c> and cut to its newest
/// matches, so that a request costs a bounded number of rows whatever the words.
/// </summary>
public sealed class InnovationMatcher(IJippDbContext db, SearchRanges ranges, IOptions<SearchOptions> searchOptions) : IInnovationMatcher
{
    // Only plain words: a lexeme quoted into a tsquery must be one that needs no escaping.
    private const string TermsSql = """
        SELECT t.lexeme, t.documents, c.documents
        FROM (SELECT DISTINCT u.lexeme FROM unnest(to_tsvector('indonesian', @text)) AS u) AS q
        JOIN matchmaking_terms AS t ON t.lexeme = q.lexeme
        CROSS JOIN matchmaking_corpus AS c
        WHERE q.lexeme ~ '^[[:alnum:]]+$'
        """;

    // Each retrieving term's newest matches, one subquery per term with the term as a parameter, so that PostgreSQL plans
    // each for its word (one statement for all terms, with the term taken from a row, got one generic plan for every
    // word: a walk of the whole (state, id) index for a rare one, a second at a million innovations). A word of middling
    // frequency is looked for among the newest innovations only, deep enough to hold its newest matches (the bounds of
    // the search's ranking window, ADR 17): PostgreSQL then intersects its GIN entries with the id range and reads only
    // the matches in it, instead of walking the index through every row until it has found them (at a million: a word in
    // 2 % of the registry, 100 ms → 15 ms).
    private const string RetrieveSql = """
        (SELECT i.id FROM innovations AS i
         WHERE i.search_vector @@ @term{n}{bound}
           AND i.state = 'Published'
           AND (NOT @replicable_only OR i.replicable)
           AND (@digital::boolean IS NULL OR i.digital = @digital::boolean)
           AND (@excluding::uuid IS NULL OR (i.id <> @excluding::uuid AND i.replicated_from_id IS DISTINCT FROM @excluding::uuid))
           AND (@excluding_original::uuid IS NULL OR i.id <> @excluding_original::uuid)
         ORDER BY i.id DESC
         LIMIT @per_term)
        """;

    // Then each candidate's shared terms and those in its title (weight A), as two bit masks (bit n: key term n): each
    // term tested against the candidate's stored vector with @@, a binary search among its sorted lexemes, and with the
    // term restricted to weight A for the title. (Its lexemes read as two arrays and each key term looked up in them with
    // = ANY, aggregated per candidate, cost 14 µs a candidate, 2.7 ms of a "similar" statement at a million; the masks
    // cost a fifth of that, with the same answers. Before the arrays, a join of unnest(search_vector) cost twice them.)
    private const string CandidatesSql = """
        WITH candidates AS (
        {parts}
        )
        SELECT i.id, i.sector, i.replication_count, i.published_at, {shared}, {title}
        FROM candidates AS c
        JOIN innovations AS i ON i.id = c.id
        """;

    public Task<TermFrequencies> TermFrequenciesAsync(string text, CancellationToken cancellationToken) =>
        db.WithCommandAsync(TermsSql, async command =>
        {
            command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text });
            var terms = new List<TermFrequency>();
            long documents = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                terms.Add(new TermFrequency(reader.GetString(0), reader.GetInt32(1)));
                documents = reader.GetInt32(2);
            }

            return new TermFrequencies(documents, terms);
        }, cancellationToken);

    /// <summary>How many more rows than matches wanted a term's range must promise: some are not published or not replicable, and matches are not spread evenly.</summary>
    private const double RangeMargin = 4;

    public async Task<IReadOnlyList<MatchCandidate>> CandidatesAsync(CandidateQuery query, CancellationToken cancellationToken)
    {
        var bounds = await ranges.GetAsync(db, cancellationToken);
        var depths = searchOptions.Value.EffectiveRangeDepths;
        var boundOf = new Dictionary<int, Guid>();
        for (var n = 0; n < query.Terms.Count; n++)
        {
            var term = query.Terms[n];
            if (term.Retrieving && term.Share > 0)
            {
                var needed = query.PerTerm * RangeMargin / term.Share;
                var depth = Enumerable.Range(0, Math.Min(bounds.Count, depths.Count)).FirstOrDefault(d => depths[d] >= needed, -1);
                if (depth >= 0)
                {
                    boundOf[n] = bounds[depth];
                }
            }
        }

        return await CandidatesAsync(query, boundOf, cancellationToken);
    }

    private Task<IReadOnlyList<MatchCandidate>> CandidatesAsync(CandidateQuery query, Dictionary<int, Guid> boundOf, CancellationToken cancellationToken) =>
        db.WithCommandAsync<IReadOnlyList<MatchCandidate>>(CandidatesStatement(query.Terms, boundOf), async command =>
        {
            foreach (var (n, bound) in boundOf)
            {
                command.Parameters.Add(new NpgsqlParameter($"bound{n}", NpgsqlDbType.Uuid) { Value = bound });
            }

            for (var n = 0; n < query.Terms.Count; n++)
            {
                var lexeme = query.Terms[n].Lexeme;
                command.Parameters.Add(new NpgsqlParameter($"term{n}", NpgsqlDbType.TsQuery) { Value = new NpgsqlTsQueryLexeme(lexeme) });
                command.Parameters.Add(new NpgsqlParameter($"title{n}", NpgsqlDbType.TsQuery) { Value = new NpgsqlTsQueryLexeme(lexeme, NpgsqlTsQueryLexeme.Weight.A) });
            }

            command.Parameters.Add(new NpgsqlParameter("replicable_only", NpgsqlDbType.Boolean) { Value = query.ReplicableOnly });
            command.Parameters.Add(new NpgsqlParameter("digital", NpgsqlDbType.Boolean) { Value = (object?)query.Digital ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("excluding", NpgsqlDbType.Uuid) { Value = (object?)query.Excluding ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("excluding_original", NpgsqlDbType.Uuid) { Value = (object?)query.ExcludingOriginal ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("per_term", NpgsqlDbType.Integer) { Value = query.PerTerm });
            var candidates = new List<MatchCandidate>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add(new MatchCandidate(
                    reader.GetGuid(0),
                    reader.GetString(1),
                    reader.GetInt32(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                    Indexes(reader.GetInt32(4)),
                    Indexes(reader.GetInt32(5))));
            }

            return candidates;
        }, cancellationToken);

    private static string CandidatesStatement(IReadOnlyList<KeyTerm> terms, Dictionary<int, Guid> boundOf)
    {
        var parts = terms.Select((t, n) => (t, n)).Where(p => p.t.Retrieving)
            .Select(p => RetrieveSql
                .Replace("{bound}", boundOf.ContainsKey(p.n) ? " AND i.id >= @bound{n}" : string.Empty, StringComparison.Ordinal)
                .Replace("{n}", p.n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return CandidatesSql
            .Replace("{parts}", string.Join("\nUNION\n", parts), StringComparison.Ordinal)
            .Replace("{shared}", Mask(terms.Count, "term"), StringComparison.Ordinal)
            .Replace("{title}", Mask(terms.Count, "title"), StringComparison.Ordinal);
    }

    /// <summary>An int whose bit n says whether the candidate's vector matches the query parameter <c>@{prefix}{n}</c>.</summary>
    private static string Mask(int count, string prefix)
    {
        if (count > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A mask of an int holds at most 31 key terms.");
        }

        return string.Join(" | ", Enumerable.Range(0, count).Select(n =>
            $"(CASE WHEN i.search_vector @@ @{prefix}{n} THEN {1 << n} ELSE 0 END)"));
    }

    /// <summary>The key terms' indexes whose bits are set, in ascending order.</summary>
    private static int[] Indexes(int mask)
    {
        var indexes = new int[System.Numerics.BitOperations.PopCount((uint)mask)];
        for (int n = 0, k = 0; mask >> n != 0; n++)
        {
            if ((mask >> n & 1) != 0)
            {
                indexes[k++] = n;
            }
        }

        return indexes;
    }
}
