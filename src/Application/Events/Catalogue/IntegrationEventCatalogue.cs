using System.Text.Json;
using Jipp.Domain.Common;

namespace Jipp.Application.Events.Catalogue;

/// <summary>One type of the event feed: its stable name, its payload's version and schema (a record), and an example.</summary>
/// <param name="Name">The event's <c>type</c>, such as <c>innovation.published</c>; never changes.</param>
/// <param name="Version">The payload version; a payload that removes or changes a field is a new version.</param>
/// <param name="SubjectType">The <c>subject.type</c> of its events.</param>
/// <param name="DataType">The record whose JSON is the payload (<c>data</c>).</param>
/// <param name="Description">What happened, for the catalogue.</param>
/// <param name="Example">An example payload.</param>
public sealed record IntegrationEventType(string Name, int Version, string SubjectType, Type DataType, string Description, object Example);

/// <summary>An integration event ready for the outbox: its type, subject and payload.</summary>
public sealed record OutgoingEvent(IntegrationEventType Type, string SubjectId, object Data, DateTimeOffset OccurredAt);

/// <summary>
/// The published contract of the event feed (and of webhooks): every integration event type, and how the
/// aggregates' domain events become integration events. Domain events are fine-grained (an innovation is
/// submitted, published, returned…); integration events keep the types the contract promised from the start
/// (<c>innovation.stateChanged</c> for every move of the state machine, <c>innovation.published</c> beside it,
/// …) and add new types for what was not reported before. The OpenAPI document and docs/asyncapi.yaml are
/// built from <see cref="All"/>.
/// </summary>
public static class IntegrationEventCatalogue
{
    private static readonly Guid ExampleInnovation = Guid.Parse("0192f3a4-5b6c-7d8e-9f01-23456789abcd");
    private static readonly Guid ExampleAgency = Guid.Parse("0192f3a4-0000-7000-8000-000000000011");
    private static readonly Guid ExampleOtherAgency = Guid.Parse("0192f3a4-0000-7000-8000-000000000012");
    private static readonly Guid ExampleHub = Guid.Parse("0192f3a4-0000-7000-8000-000000000021");
    private static readonly Guid ExampleCandidacy = Guid.Parse("0192f3a4-0000-7000-8000-000000000031");
    private static readonly Guid ExampleRequest = Guid.Parse("0192f3a4-0000-7000-8000-000000000041");
    private static readonly Guid ExampleOther = Guid.Parse("0192f3a4-0000-7000-8000-000000000051");
    private static readonly Guid ExampleClient = Guid.Parse("0192f3a4-0000-7000-8000-000000000061");
    private static readonly Guid ExampleEvent = Guid.Parse("0192f3a4-0000-7000-8000-000000000071");
    private static readonly DateTimeOffset ExampleTime = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);

    public static readonly IntegrationEventType InnovationStateChanged = new(
        "innovation.stateChanged", 1, "innovation", typeof(InnovationStateChangedData),
        "An innovation moved through its state machine: registered (from null to draft), submitted, returned, published or archived.",
        new InnovationStateChangedData(ExampleInnovation, ExampleAgency, "35", ExampleHub, "submitted", "published"));

    public static readonly IntegrationEventType InnovationPublished = new(
        "innovation.published", 1, "innovation", typeof(InnovationPublishedData),
        "An innovation was verified and published: it is now visible to everyone. Sent beside its innovation.stateChanged.",
        new InnovationPublishedData(ExampleInnovation, ExampleAgency, "35", ExampleHub, "health", ExampleTime));

    public static readonly IntegrationEventType InnovationUpdated = new(
        "innovation.updated", 1, "innovation", typeof(InnovationUpdatedData),
        "The owner agency revised the content of a draft or returned innovation.",
        new InnovationUpdatedData(ExampleInnovation, ExampleAgency, "35", ExampleHub, "draft", "health"));

    public static readonly IntegrationEventType InnovationReplicated = new(
        "innovation.replicated", 1, "innovation", typeof(InnovationReplicatedData),
        "A replication of the innovation was completed; the replicating agency's adaptation is registered as a draft.",
        new InnovationReplicatedData(ExampleInnovation, ExampleAgency, ExampleOther, 3));

    public static readonly IntegrationEventType CandidacyStateChanged = new(
        "candidacy.stateChanged", 1, "candidacy", typeof(CandidacyStateChangedData),
        "A hub candidacy moved through its state machine: shortlisted (from null), invited, willing or declined, committed, readinessSubmitted, assessed, designated, rejected or withdrawn.",
        new CandidacyStateChangedData(ExampleCandidacy, ExampleAgency, "35", 2026, "readinessSubmitted", "assessed"));

    public static readonly IntegrationEventType CandidacyAssessed = new(
        "candidacy.assessed", 1, "candidacy", typeof(CandidacyAssessedData),
        "The ministry assessed a candidacy against the three selection criteria (again, when it reassesses).",
        new CandidacyAssessedData(ExampleCandidacy, ExampleAgency, "35", 2026, false, ["stakeholderSupport"]));

    public static readonly IntegrationEventType HubDesignated = new(
        "hub.designated", 1, "hub", typeof(HubDesignatedData),
        "A candidate was designated a Hub JIPP by decree.",
        new HubDesignatedData(ExampleHub, ExampleAgency, "35", new DateOnly(2026, 11, 27), "KepmenPANRB 123/2026", ExampleCandidacy));

    public static readonly IntegrationEventType HubInnovationsAssigned = new(
        "hub.innovationsAssigned", 1, "hub", typeof(HubInnovationsAssignedData),
        "At designation, every innovation of the hub's province (a central body's hub: of its agency) came under the new hub, which verifies them from now on. One event for all of them.",
        new HubInnovationsAssignedData(ExampleHub, "35", null));

    public static readonly IntegrationEventType HubPartnerAdded = new(
        "hub.partnerAdded", 1, "hub", typeof(HubPartnerAddedData),
        "A partner (mitra) joined a hub.",
        new HubPartnerAddedData(ExampleHub, ExampleOther, ExampleOtherAgency, "Universitas Airlangga", "university"));

    public static readonly IntegrationEventType HubPartnerRemoved = new(
        "hub.partnerRemoved", 1, "hub", typeof(HubPartnerRemovedData),
        "A partner left a hub.",
        new HubPartnerRemovedData(ExampleHub, ExampleOther));

    public static readonly IntegrationEventType HubActivityRecorded = new(
        "hub.activityRecorded", 1, "hub", typeof(HubActivityRecordedData),
        "A hub recorded an activity it held: mentoring, knowledge exchange, promotion or a replication forum.",
        new HubActivityRecordedData(ExampleHub, ExampleOther, "mentoring", new DateOnly(2026, 11, 20), 4, 2));

    public static readonly IntegrationEventType ReplicationStateChanged = new(
        "replication.stateChanged", 1, "replicationRequest", typeof(ReplicationStateChangedData),
        "A replication request moved through its state machine: submitted (from null), verified or rejected, agreed, inImplementation, completed or cancelled.",
        new ReplicationStateChangedData(ExampleRequest, ExampleInnovation, ExampleOtherAgency, ExampleAgency, ExampleHub, "agreed", "inImplementation"));

    public static readonly IntegrationEventType ReplicationMentored = new(
        "replication.mentored", 1, "replicationRequest", typeof(ReplicationMentoredData),
        "A mentoring session of a replication was recorded (the first one also moves the request to inImplementation).",
        new ReplicationMentoredData(ExampleRequest, ExampleHub, ExampleOther, new DateOnly(2026, 11, 25), "inPerson", 1));

    public static readonly IntegrationEventType CohortPolicyChanged = new(
        "cohortPolicy.changed", 1, "cohortPolicy", typeof(CohortPolicyChangedData),
        "The ministry set a cohort's selection thresholds, or reset them to the defaults. The subject id is the year.",
        new CohortPolicyChangedData(2026, 75, 12, 0.3m, 2, false));

    public static readonly IntegrationEventType AgencyRegistered = new(
        "agency.registered", 1, "agency", typeof(AgencyRegisteredData),
        "A government body that is not a regional government was registered.",
        new AgencyRegisteredData(ExampleOtherAgency, "Badan Riset dan Inovasi Daerah Provinsi Jawa Timur", "provincialAgency", "35", null));

    public static readonly IntegrationEventType WebhookSubscriptionPaused = new(
        "webhookSubscription.paused", 1, "webhookSubscription", typeof(WebhookSubscriptionPausedData),
        "A webhook subscription paused itself because its deliveries failed for good several times in a row; its events wait until its owner resumes it (PATCH paused=false).",
        new WebhookSubscriptionPausedData(ExampleOther, ExampleClient, 5, ExampleEvent));

    /// <summary>Every type of the feed, in the order the catalogue lists them.</summary>
    public static readonly IReadOnlyList<IntegrationEventType> All =
    [
        InnovationStateChanged, InnovationPublished, InnovationUpdated, InnovationReplicated,
        CandidacyStateChanged, CandidacyAssessed,
        HubDesignated, HubInnovationsAssigned, HubPartnerAdded, HubPartnerRemoved, HubActivityRecorded,
        ReplicationStateChanged, ReplicationMentored,
        CohortPolicyChanged, AgencyRegistered,
        WebhookSubscriptionPaused,
    ];

    /// <summary>The integration events a domain event publishes; every domain event publishes at least one.</summary>
    /// <exception cref="InvalidOperationException">A domain event that the catalogue does not know: add it here.</exception>
    public static IReadOnlyList<OutgoingEvent> From(IDomainEvent domainEvent)
    {
        var events = new List<OutgoingEvent>(2);
        var at = domainEvent.OccurredAt;
        switch (domainEvent)
        {
            case Domain.Innovations.InnovationStateChanged e:
                events.Add(new(InnovationStateChanged, Id(e.InnovationId), new InnovationStateChangedData(e.InnovationId, e.AgencyId, e.ProvinceCode, e.HubId, Name(e.From), Name(e.To)!), at));
                if (e is Domain.Innovations.InnovationPublished p)
                {
                    events.Add(new(InnovationPublished, Id(p.InnovationId), new InnovationPublishedData(p.InnovationId, p.AgencyId, p.ProvinceCode, p.HubId, p.Sector, p.PublishedAt), at));
                }

                break;
            case Domain.Innovations.InnovationUpdated e:
                events.Add(new(InnovationUpdated, Id(e.InnovationId), new InnovationUpdatedData(e.InnovationId, e.AgencyId, e.ProvinceCode, e.HubId, Name(e.State)!, e.Sector), at));
                break;
            case Domain.Innovations.InnovationReplicated e:
                events.Add(new(InnovationReplicated, Id(e.InnovationId), new InnovationReplicatedData(e.InnovationId, e.AgencyId, e.AdaptationId, e.ReplicationCount), at));
                break;
            case Domain.Candidacies.CandidacyStateChanged e:
                if (!Equals(e.From, e.To))
                {
                    events.Add(new(CandidacyStateChanged, Id(e.CandidacyId), new CandidacyStateChangedData(e.CandidacyId, e.AgencyId, e.ProvinceCode, e.CohortYear, Name(e.From), Name(e.To)!), at));
                }

                if (e is Domain.Candidacies.CandidacyAssessed a)
                {
                    events.Add(new(CandidacyAssessed, Id(a.CandidacyId), new CandidacyAssessedData(a.CandidacyId, a.AgencyId, a.ProvinceCode, a.CohortYear, a.AllCriteriaMet, [.. a.UnmetCriteria.Select(c => Name(c)!)]), at));
                }

                break;
            case Domain.Hubs.HubDesignated e:
                events.Add(new(HubDesignated, Id(e.HubId), new HubDesignatedData(e.HubId, e.AgencyId, e.ProvinceCode, e.DesignatedOn, e.DecreeNumber, e.CandidacyId), at));
                break;
            case Domain.Hubs.HubInnovationsAssigned e:
                events.Add(new(HubInnovationsAssigned, Id(e.HubId), new HubInnovationsAssignedData(e.HubId, e.ProvinceCode, e.AgencyId), at));
                break;
            case Domain.Hubs.HubPartnerAdded e:
                events.Add(new(HubPartnerAdded, Id(e.HubId), new HubPartnerAddedData(e.HubId, e.PartnerId, e.PartnerAgencyId, e.Name, Name(e.Type)!), at));
                break;
            case Domain.Hubs.HubPartnerRemoved e:
                events.Add(new(HubPartnerRemoved, Id(e.HubId), new HubPartnerRemovedData(e.HubId, e.PartnerId), at));
                break;
            case Domain.Hubs.HubActivityRecorded e:
                events.Add(new(HubActivityRecorded, Id(e.HubId), new HubActivityRecordedData(e.HubId, e.ActivityId, Name(e.Type)!, e.HeldOn, e.Agencies, e.Innovations), at));
                break;
            case Domain.Replications.ReplicationStateChanged e:
                if (!Equals(e.From, e.To))
                {
                    events.Add(new(ReplicationStateChanged, Id(e.RequestId), new ReplicationStateChangedData(e.RequestId, e.InnovationId, e.RequesterAgencyId, e.OwnerAgencyId, e.FacilitatingHubId, Name(e.From), Name(e.To)!), at));
                }

                if (e is Domain.Replications.ReplicationMentored m)
                {
                    events.Add(new(ReplicationMentored, Id(m.RequestId), new ReplicationMentoredData(m.RequestId, m.FacilitatingHubId, m.SessionId, m.HeldOn, Name(m.Format)!, m.Sessions), at));
                }

                break;
            case Domain.Candidacies.CohortPolicyChanged e:
                events.Add(new(CohortPolicyChanged, e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), new CohortPolicyChangedData(e.Year, e.MinScore, e.MinPublishedInnovations, e.MinRegencyCoverage, e.MinPartners, e.IsDefault), at));
                break;
            case Domain.Agencies.AgencyRegistered e:
                events.Add(new(AgencyRegistered, Id(e.AgencyId), new AgencyRegisteredData(e.AgencyId, e.Name, Name(e.Type)!, e.ProvinceCode, e.RegencyCode), at));
                break;
            case Domain.Webhooks.WebhookSubscriptionPaused e:
                events.Add(new(WebhookSubscriptionPaused, Id(e.SubscriptionId), new WebhookSubscriptionPausedData(e.SubscriptionId, e.ClientId, e.ConsecutiveFailures, e.LastFailedEventId), at));
                break;
            default:
                throw new InvalidOperationException($"The domain event {domainEvent.GetType().Name} has no integration event in {nameof(IntegrationEventCatalogue)}.");
        }

        return events;
    }

    /// <summary>The domain event types of the Domain assembly: what <see cref="From"/> must know.</summary>
    public static IEnumerable<Type> DomainEventTypes() =>
        typeof(IDomainEvent).Assembly.GetTypes().Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    private static string Id(Guid id) => id.ToString();

    private static string? Name(Enum? value) => value is null ? null : JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
