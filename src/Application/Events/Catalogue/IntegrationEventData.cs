namespace Jipp.Application.Events.Catalogue;

// The payloads (`data`) of the integration events, version 1 of each type. They carry ids, codes, states and
// public names of government bodies, never personal data. Adding a field keeps the version; removing or
// changing one makes a new version (and a new record here beside the old one).

/// <param name="InnovationId">The innovation.</param>
/// <param name="AgencyId">Its owner agency.</param>
/// <param name="ProvinceCode">The owner's province (BPS/Kemendagri code), if any.</param>
/// <param name="HubId">The hub of its province, which verifies it, if any.</param>
/// <param name="From">The state before; null when it was registered.</param>
/// <param name="To">The state after: draft, submitted, returned, published or archived.</param>
public sealed record InnovationStateChangedData(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, string? From, string To);

/// <param name="InnovationId">The innovation, now visible to everyone.</param>
/// <param name="AgencyId">Its owner agency.</param>
/// <param name="ProvinceCode">The owner's province, if any.</param>
/// <param name="HubId">The hub of its province, if any.</param>
/// <param name="Sector">Its sector code.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record InnovationPublishedData(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, string Sector, DateTimeOffset PublishedAt);

/// <param name="InnovationId">The innovation whose content its owner revised.</param>
/// <param name="AgencyId">Its owner agency.</param>
/// <param name="ProvinceCode">The owner's province, if any.</param>
/// <param name="HubId">The hub of its province, if any.</param>
/// <param name="State">Its state: draft or returned.</param>
/// <param name="Sector">Its sector code after the revision.</param>
public sealed record InnovationUpdatedData(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, string State, string Sector);

/// <param name="InnovationId">The original innovation.</param>
/// <param name="AgencyId">Its owner agency.</param>
/// <param name="AdaptationId">The replicating agency's adaptation, registered as a draft innovation.</param>
/// <param name="ReplicationCount">How many completed replications the original now has.</param>
public sealed record InnovationReplicatedData(Guid InnovationId, Guid AgencyId, Guid AdaptationId, int ReplicationCount);

/// <param name="CandidacyId">The candidacy.</param>
/// <param name="AgencyId">The candidate agency (a provincial government or a central body).</param>
/// <param name="ProvinceCode">The candidate's province; null for a central body.</param>
/// <param name="CohortYear">The cohort year.</param>
/// <param name="From">The state before; null when it was shortlisted.</param>
/// <param name="To">The state after: invited, willing, declined, committed, readinessSubmitted, assessed, designated, rejected or withdrawn.</param>
public sealed record CandidacyStateChangedData(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, string? From, string To);

/// <param name="CandidacyId">The candidacy.</param>
/// <param name="AgencyId">The candidate agency.</param>
/// <param name="ProvinceCode">The candidate's province; null for a central body.</param>
/// <param name="CohortYear">The cohort year.</param>
/// <param name="AllCriteriaMet">Whether the three selection criteria are met under the cohort's policy.</param>
/// <param name="UnmetCriteria">The criteria not met: commitment, innovationPotential, stakeholderSupport.</param>
public sealed record CandidacyAssessedData(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, bool AllCriteriaMet, IReadOnlyList<string> UnmetCriteria);

/// <param name="HubId">The new hub.</param>
/// <param name="AgencyId">The hosting agency.</param>
/// <param name="ProvinceCode">Its province; null for a central body.</param>
/// <param name="DesignatedOn">The decree's date.</param>
/// <param name="DecreeNumber">The designating decree.</param>
/// <param name="CandidacyId">The candidacy that led to the designation.</param>
public sealed record HubDesignatedData(Guid HubId, Guid AgencyId, string? ProvinceCode, DateOnly DesignatedOn, string DecreeNumber, Guid CandidacyId);

/// <param name="HubId">The hub that verifies these innovations from now on.</param>
/// <param name="ProvinceCode">Every innovation of this province came under the hub; null for a central body's hub.</param>
/// <param name="AgencyId">For a central body's hub: every innovation of this agency came under the hub; else null.</param>
public sealed record HubInnovationsAssignedData(Guid HubId, string? ProvinceCode, Guid? AgencyId);

/// <param name="HubId">The hub.</param>
/// <param name="PartnerId">The new partner entry.</param>
/// <param name="PartnerAgencyId">The partner's agency, when it is registered in JIPP.</param>
/// <param name="Name">The partner organisation's name.</param>
/// <param name="Type">The partner's kind of body (agency type).</param>
public sealed record HubPartnerAddedData(Guid HubId, Guid PartnerId, Guid? PartnerAgencyId, string Name, string Type);

/// <param name="HubId">The hub.</param>
/// <param name="PartnerId">The partner entry removed.</param>
public sealed record HubPartnerRemovedData(Guid HubId, Guid PartnerId);

/// <param name="HubId">The hub.</param>
/// <param name="ActivityId">The activity.</param>
/// <param name="Type">mentoring, knowledgeExchange, promotion or replicationForum.</param>
/// <param name="HeldOn">When it was held.</param>
/// <param name="Agencies">How many agencies took part.</param>
/// <param name="Innovations">How many innovations it was about.</param>
public sealed record HubActivityRecordedData(Guid HubId, Guid ActivityId, string Type, DateOnly HeldOn, int Agencies, int Innovations);

/// <param name="RequestId">The replication request.</param>
/// <param name="InnovationId">The innovation to replicate.</param>
/// <param name="RequesterAgencyId">The agency that adopts it.</param>
/// <param name="OwnerAgencyId">The agency that owns it.</param>
/// <param name="FacilitatingHubId">The hub that mentors; null when the ministry facilitates.</param>
/// <param name="From">The state before; null when it was submitted.</param>
/// <param name="To">The state after: submitted, verified, rejected, agreed, inImplementation, completed or cancelled.</param>
public sealed record ReplicationStateChangedData(Guid RequestId, Guid InnovationId, Guid RequesterAgencyId, Guid OwnerAgencyId, Guid? FacilitatingHubId, string? From, string To);

/// <param name="RequestId">The replication request.</param>
/// <param name="FacilitatingHubId">The hub that mentors; null when the ministry facilitates.</param>
/// <param name="SessionId">The mentoring session.</param>
/// <param name="HeldOn">When it was held.</param>
/// <param name="Format">virtual or inPerson.</param>
/// <param name="Sessions">How many sessions the request has now.</param>
public sealed record ReplicationMentoredData(Guid RequestId, Guid? FacilitatingHubId, Guid SessionId, DateOnly HeldOn, string Format, int Sessions);

/// <param name="Year">The cohort year.</param>
/// <param name="MinScore">Minimum assessment score (0–100) for each criterion.</param>
/// <param name="MinPublishedInnovations">Minimum published innovations in the candidate's province.</param>
/// <param name="MinRegencyCoverage">Minimum share (0–1) of regencies and cities with a published innovation.</param>
/// <param name="MinPartners">Minimum partners outside government with a support statement.</param>
/// <param name="IsDefault">True when the ministry reset the cohort to the defaults.</param>
public sealed record CohortPolicyChangedData(int Year, int MinScore, int MinPublishedInnovations, decimal MinRegencyCoverage, int MinPartners, bool IsDefault);

/// <param name="AgencyId">The new agency.</param>
/// <param name="Name">Its official name.</param>
/// <param name="Type">Its kind of body (agency type).</param>
/// <param name="ProvinceCode">Its province, if any.</param>
/// <param name="RegencyCode">Its regency or city, if any.</param>
public sealed record AgencyRegisteredData(Guid AgencyId, string Name, string Type, string? ProvinceCode, string? RegencyCode);

/// <param name="SubscriptionId">The webhook subscription that paused itself.</param>
/// <param name="ClientId">The API client that owns it.</param>
/// <param name="ConsecutiveFailures">How many deliveries in a row failed for good (after their whole retry budget).</param>
/// <param name="LastFailedEventId">The event of the last failed delivery.</param>
public sealed record WebhookSubscriptionPausedData(Guid SubscriptionId, Guid ClientId, int ConsecutiveFailures, Guid LastFailedEventId);
