using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Common;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;

namespace Jipp.Infrastructure.Telemetry;

/// <summary>
/// The service's own measurements, on the meter <see cref="MeterName"/>: what the domain did (counted by the unit
/// of work from the events of committed commands, so a rolled-back command counts nothing), what the API refused
/// or replayed, and two gauges read when a collector asks (event-feed lag, readiness). Tags are low-cardinality
/// codes (a state, a policy kind), never an id or a key. Without a listener (no exporter configured) every call
/// here costs a check of a flag.
/// </summary>
public sealed class JippMetrics
{
    public const string MeterName = "Jipp";

    /// <summary>The tag of the state a candidacy or replication request entered, as the API spells it (<c>readinessSubmitted</c>).</summary>
    public const string ToStateTag = "to_state";

    /// <summary>The tag of the rate limit that refused: <c>client</c>, <c>address</c> or <c>replication-requests</c>.</summary>
    public const string PolicyTag = "policy";

    /// <summary>The tag of what fell back from Redis to the instance's own state: <c>rate_limit</c>, <c>cache</c>, <c>lease</c>, <c>recent_writes</c>.</summary>
    public const string UseTag = "use";

    private static readonly FrozenDictionary<CandidacyState, string> CandidacyStates = Names<CandidacyState>();
    private static readonly FrozenDictionary<ReplicationState, string> ReplicationStates = Names<ReplicationState>();

    private readonly Counter<long> _registrations;
    private readonly Counter<long> _publications;
    private readonly Counter<long> _candidacyTransitions;
    private readonly Counter<long> _replicationTransitions;
    private readonly Counter<long> _eventsWritten;
    private readonly Counter<long> _idempotencyReplays;
    private readonly Counter<long> _rateLimitRefusals;
    private readonly Counter<long> _redisFallbacks;

    public JippMetrics(IMeterFactory meterFactory, EventFeedLag feedLag, ServiceReadiness readiness)
    {
        // Through the host's meter factory, so that the meter lives and dies with the host (tests start many).
        var meter = meterFactory.Create(MeterName);
        _registrations = meter.CreateCounter<long>("jipp.innovations.registered", "{innovation}", "Innovations registered (also the adaptations that completed replications register).");
        _publications = meter.CreateCounter<long>("jipp.innovations.published", "{innovation}", "Innovations verified and published.");
        _candidacyTransitions = meter.CreateCounter<long>("jipp.candidacy.transitions", "{transition}", "Hub candidacies that entered a state, by the state entered (to_state).");
        _replicationTransitions = meter.CreateCounter<long>("jipp.replication.transitions", "{transition}", "Replication requests that entered a state, by the state entered (to_state).");
        _eventsWritten = meter.CreateCounter<long>("jipp.events.written", "{event}", "Events written to the event feed (the outbox) by committed commands.");
        _idempotencyReplays = meter.CreateCounter<long>("jipp.idempotency.replays", "{request}", "POST requests answered with the kept response of an earlier request with the same Idempotency-Key.");
        _rateLimitRefusals = meter.CreateCounter<long>("jipp.rate_limit.refusals", "{request}", "Requests refused with 429 by a rate limit, by the limit's kind (policy).");
        _redisFallbacks = meter.CreateCounter<long>("jipp.redis.fallbacks", "{operation}", "Operations on the state shared in Redis that failed or were not tried (Redis down or slow) and used the instance's own state instead, by use.");
        meter.CreateObservableGauge("jipp.event_feed.lag", feedLag.Observe, "s", "Now minus the time of the newest event that a reader of the event feed can see.");
        meter.CreateObservableGauge("jipp.ready", readiness.Observe, description: "1 while the readiness checks (database reachable and migrated) pass, 0 while they fail.");
    }

    /// <summary>Counts what a command did, once its transaction committed.</summary>
    public void Committed(IEnumerable<IDomainEvent> events, int eventsWritten)
    {
        if (eventsWritten > 0)
        {
            _eventsWritten.Add(eventsWritten);
        }

        foreach (var domainEvent in events)
        {
            switch (domainEvent)
            {
                case InnovationRegistered:
                    _registrations.Add(1);
                    break;
                case InnovationPublished:
                    _publications.Add(1);
                    break;
                case CandidacyStateChanged candidacy:
                    _candidacyTransitions.Add(1, new KeyValuePair<string, object?>(ToStateTag, CandidacyStates[candidacy.To]));
                    break;
                case ReplicationStateChanged replication:
                    _replicationTransitions.Add(1, new KeyValuePair<string, object?>(ToStateTag, ReplicationStates[replication.To]));
                    break;
            }
        }
    }

    public void IdempotencyReplayed() => _idempotencyReplays.Add(1);

    /// <param name="policy">The kind of limit (never the partition's key: that names a client or an address).</param>
    public void RateLimitRefused(string policy) => _rateLimitRefusals.Add(1, new KeyValuePair<string, object?>(PolicyTag, policy));

    /// <param name="use">What fell back (<see cref="UseTag"/>).</param>
    public void RedisFallback(string use) => _redisFallbacks.Add(1, new KeyValuePair<string, object?>(UseTag, use));

    private static FrozenDictionary<TState, string> Names<TState>()
        where TState : struct, Enum =>
        Enum.GetValues<TState>().ToFrozenDictionary(s => s, s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()));
}
