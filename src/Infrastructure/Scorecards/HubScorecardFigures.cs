using Jipp.Application.Common.Interfaces;
using Jipp.Application.Scorecards;
using Jipp.Domain.Hubs;
using Jipp.Domain.Replications;
using Jipp.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Jipp.Infrastructure.Scorecards;

/// <summary>
/// The scorecard figures in one statement of aggregates per hub (docs/adr/0027-hub-scorecards.md). It runs on the
/// connection of the scope's <see cref="IJippDbContext"/>, so that a request routed to a standby reads there too.
/// </summary>
/// <remarks>
/// What keeps it cheap at a million innovations: the innovations published in the two years are counted from the
/// partial index on (province_code, published_at), and coverage probes the partial index on (regency_code,
/// published_at) once per regency and moment (514 regencies at most, each probe stopping at its first match);
/// activities and replication requests are read through their hub's index.
/// </remarks>
public sealed class HubScorecardFigures(IJippDbContext db) : IHubScorecardFigures
{
    private const string Sql = $"""
        -- scorecards: hub figures of a year
        WITH hub AS MATERIALIZED (
            SELECT h.id, h.province_code, h.designation_year, a.name AS hub_name, p.name AS province_name
            FROM hubs h
            JOIN agencies a ON a.id = h.agency_id
            LEFT JOIN provinces p ON p.code = h.province_code
            WHERE CASE WHEN $1::uuid IS NULL THEN h.designation_year <= $2 ELSE h.id = $1::uuid END
        ),
        activity AS (
            SELECT x.hub_id,
                   count(*) FILTER (WHERE x.type = '{nameof(HubActivityType.Mentoring)}') AS mentoring,
                   count(*) FILTER (WHERE x.type = '{nameof(HubActivityType.KnowledgeExchange)}') AS knowledge_exchange,
                   count(*) FILTER (WHERE x.type = '{nameof(HubActivityType.Promotion)}') AS promotion,
                   count(*) FILTER (WHERE x.type = '{nameof(HubActivityType.ReplicationForum)}') AS replication_forum
            FROM hub_activities x
            WHERE x.hub_id IN (SELECT id FROM hub) AND x.held_on BETWEEN $3 AND $4
            GROUP BY x.hub_id
        ),
        facilitated AS (
            SELECT r.facilitating_hub_id AS hub_id,
                   count(*) AS facilitated,
                   count(*) FILTER (WHERE (r.verification ->> 'approved')::boolean) AS verified
            FROM replication_requests r
            WHERE r.facilitating_hub_id IN (SELECT id FROM hub) AND r.created_at >= $5 AND r.created_at < $6
            GROUP BY r.facilitating_hub_id
        ),
        completed AS (
            SELECT r.facilitating_hub_id AS hub_id,
                   count(*) AS completed,
                   percentile_cont(0.5) WITHIN GROUP (
                       ORDER BY (r.completion ->> 'completedOn')::date - (r.created_at AT TIME ZONE 'Asia/Jakarta')::date) AS median_days
            FROM replication_requests r
            WHERE r.facilitating_hub_id IN (SELECT id FROM hub) AND r.state = '{nameof(ReplicationState.Completed)}'
              AND (r.completion ->> 'completedOn')::date BETWEEN $3 AND $7
            GROUP BY r.facilitating_hub_id
        ),
        reached AS (
            SELECT e.hub_id, count(DISTINCT e.agency_id) AS agencies
            FROM (
                SELECT x.hub_id, unnest(x.agency_ids) AS agency_id
                FROM hub_activities x
                WHERE x.hub_id IN (SELECT id FROM hub) AND x.held_on BETWEEN $3 AND $4
                UNION ALL
                SELECT r.facilitating_hub_id, r.requester_agency_id
                FROM replication_requests r
                WHERE r.facilitating_hub_id IN (SELECT id FROM hub) AND r.created_at >= $5 AND r.created_at < $6
            ) e
            GROUP BY e.hub_id
        ),
        published AS (
            SELECT i.province_code,
                   count(*) FILTER (WHERE i.published_at >= $5) AS current_year,
                   count(*) FILTER (WHERE i.published_at < $5) AS previous_year
            FROM innovations i
            WHERE i.province_code IN (SELECT province_code FROM hub) AND i.published_at >= $8 AND i.published_at < $6
            GROUP BY i.province_code
        ),
        central_published AS (
            -- A hub of a central body: the innovations of its own agency, which carry its id.
            SELECT i.hub_id,
                   count(*) FILTER (WHERE i.published_at >= $5) AS current_year,
                   count(*) FILTER (WHERE i.published_at < $5) AS previous_year
            FROM innovations i
            WHERE i.hub_id IN (SELECT id FROM hub WHERE province_code IS NULL) AND i.published_at >= $8 AND i.published_at < $6
            GROUP BY i.hub_id
        ),
        coverage AS (
            SELECT g.province_code,
                   count(*) AS regencies,
                   count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM innovations i
                       WHERE i.regency_code = g.code AND i.published_at < $6 AND (i.archived_at IS NULL OR i.archived_at >= $6))) AS covered,
                   count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM innovations i
                       WHERE i.regency_code = g.code AND i.published_at < $5 AND (i.archived_at IS NULL OR i.archived_at >= $5))) AS covered_previous
            FROM regencies g
            WHERE g.province_code IN (SELECT province_code FROM hub)
            GROUP BY g.province_code
        ),
        partner AS (
            SELECT p.hub_id, count(*) AS partners
            FROM hub_partners p
            WHERE p.hub_id IN (SELECT id FROM hub)
            GROUP BY p.hub_id
        )
        SELECT hub.id, hub.hub_name, hub.province_code, hub.province_name, hub.designation_year,
               coalesce(a.mentoring, 0), coalesce(a.knowledge_exchange, 0), coalesce(a.promotion, 0), coalesce(a.replication_forum, 0),
               coalesce(e.agencies, 0),
               coalesce(f.facilitated, 0), coalesce(f.verified, 0),
               coalesce(c.completed, 0), c.median_days,
               coalesce(p.current_year, cp.current_year, 0), coalesce(p.previous_year, cp.previous_year, 0),
               coalesce(g.regencies, 0), coalesce(g.covered, 0), coalesce(g.covered_previous, 0),
               coalesce(pa.partners, 0)
        FROM hub
        LEFT JOIN activity a ON a.hub_id = hub.id
        LEFT JOIN reached e ON e.hub_id = hub.id
        LEFT JOIN facilitated f ON f.hub_id = hub.id
        LEFT JOIN completed c ON c.hub_id = hub.id
        LEFT JOIN published p ON p.province_code = hub.province_code
        LEFT JOIN central_published cp ON cp.hub_id = hub.id
        LEFT JOIN coverage g ON g.province_code = hub.province_code
        LEFT JOIN partner pa ON pa.hub_id = hub.id
        """;

    public Task<IReadOnlyList<HubYearFigures>> ComputeAsync(ScorecardPeriod period, Guid? hubId, CancellationToken cancellationToken) =>
        db.WithCommandAsync<IReadOnlyList<HubYearFigures>>(Sql, async command =>
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = hubId is { } id ? id : DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = period.Year });
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = period.FirstDay });
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = period.LastHeldDay });
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = period.Start.UtcDateTime });
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = period.End.UtcDateTime });
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = period.LastDay });
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = period.PreviousStart.UtcDateTime });

            var figures = new List<HubYearFigures>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                figures.Add(new HubYearFigures(
                    reader.GetGuid(0),
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetInt32(4),
                    Count(reader, 5),
                    Count(reader, 6),
                    Count(reader, 7),
                    Count(reader, 8),
                    Count(reader, 9),
                    Count(reader, 10),
                    Count(reader, 11),
                    Count(reader, 12),
                    reader.IsDBNull(13) ? null : (decimal)reader.GetDouble(13),
                    Count(reader, 14),
                    Count(reader, 15),
                    Count(reader, 16),
                    Count(reader, 17),
                    Count(reader, 18),
                    Count(reader, 19)));
            }

            return figures;
        }, cancellationToken);

    private static int Count(NpgsqlDataReader reader, int ordinal) => checked((int)reader.GetInt64(ordinal));
}
