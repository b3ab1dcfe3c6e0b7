using Jipp.Application.Common.Interfaces;
using Jipp.Application.Matchmaking;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Jipp.Infrastructure.Matchmaking;

/// <summary>
/// Matchmaking's two reads (ADR 26), in SQL on the request's context (primary or standby, as the request was routed):
/// a text's words with their document frequency from the term table that <see cref="TermStatistics"/> keeps, and the
/// candidates that share its key terms, each fetched through the GIN index of <c>search_vector</c> and cut to its newest
/// matches, so that a request costs a bounded number of rows whatever the words.
/// </summary>
public sealed class InnovationMatcher(IJippDbContext db) : IInnovationMatcher
{
    // Only plain words: a lexeme quoted into a tsquery must be one that needs no escaping.
    private const string TermsSql = """
        SELECT t.lexeme, t.documents, c.documents
        FROM (SELECT DISTINCT u.lexeme FROM unnest(to_tsvector('indonesian', @text)) AS u) AS q
        JOIN matchmaking_terms AS t ON t.lexeme = q.lexeme
        CROSS JOIN matchmaking_corpus AS c
        WHERE q.lexeme ~ '^[[:alnum:]]+$'
        """;

    // Each retrieving term's newest matches (an ORDER BY id DESC LIMIT that PostgreSQL serves from the GIN index for a
    // rare word, or by walking the (state, id) index for a common one), then each candidate's shared terms.
    private const string CandidatesSql = """
        WITH keys AS (
            SELECT k.ord::int AS ord, quote_literal(k.lexeme)::tsquery AS query, k.retrieving
            FROM unnest(@lexemes::text[], @retrieving::boolean[]) WITH ORDINALITY AS k(lexeme, retrieving, ord)
        ),
        candidates AS (
            SELECT DISTINCT m.id
            FROM keys AS k
            CROSS JOIN LATERAL (
                SELECT i.id FROM innovations AS i
                WHERE k.retrieving
                  AND i.search_vector @@ k.query
                  AND i.state = 'Published'
                  AND (NOT @replicable_only OR i.replicable)
                  AND (@digital::boolean IS NULL OR i.digital = @digital::boolean)
                  AND (@excluding::uuid IS NULL OR (i.id <> @excluding::uuid AND i.replicated_from_id IS DISTINCT FROM @excluding::uuid))
                  AND (@excluding_original::uuid IS NULL OR i.id <> @excluding_original::uuid)
                ORDER BY i.id DESC
                LIMIT @per_term) AS m
        )
        SELECT i.id, i.sector, i.replication_count, i.published_at,
               ARRAY(SELECT k.ord - 1 FROM keys AS k WHERE i.search_vector @@ k.query ORDER BY k.ord) AS shared,
               ARRAY(SELECT k.ord - 1 FROM keys AS k WHERE title_lexemes(i.search_vector) @@ k.query ORDER BY k.ord) AS in_title
        FROM candidates AS c
        JOIN innovations AS i ON i.id = c.id
        """;

    public Task<TermFrequencies> TermFrequenciesAsync(string text, CancellationToken cancellationToken) =>
        WithConnectionAsync(TermsSql, async command =>
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

    public Task<IReadOnlyList<MatchCandidate>> CandidatesAsync(CandidateQuery query, CancellationToken cancellationToken) =>
        WithConnectionAsync<IReadOnlyList<MatchCandidate>>(CandidatesSql, async command =>
        {
            command.Parameters.Add(new NpgsqlParameter("lexemes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = query.Terms.Select(t => t.Lexeme).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("retrieving", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = query.Terms.Select(t => t.Retrieving).ToArray() });
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
                    reader.GetFieldValue<int[]>(4),
                    reader.GetFieldValue<int[]>(5)));
            }

            return candidates;
        }, cancellationToken);

    private async Task<T> WithConnectionAsync<T>(string sql, Func<NpgsqlCommand, Task<T>> read, CancellationToken cancellationToken)
    {
        // Through EF Core, which counts the openings: a connection the context already holds stays open after this.
        var database = ((DbContext)db).Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)database.GetDbConnection());
            return await read(command);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
