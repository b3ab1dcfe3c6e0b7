namespace Jipp.Application.Statistics;

/// <summary>The network at a glance: aggregate counts only, never a record or a person.</summary>
/// <param name="HubsByDesignationYear">Active hubs per year of designation, ascending; only years that have one.</param>
/// <param name="InnovationsByState">Innovations in each state; every state is present, 0 where there is none.</param>
/// <param name="InnovationsBySector">Published innovations per sector: every sector, in the order of UU 23/2014 Art. 12 (as `GET /sectors`), 0 where there is none.</param>
/// <param name="InnovationsByMaturityStage">Published innovations per maturity stage; every stage is present.</param>
/// <param name="CandidaciesByState">Hub candidacies of all cohort years in each state; every state is present.</param>
/// <param name="ReplicationsByState">Replication requests in each state; every state is present.</param>
/// <param name="GeneratedAt">The moment (UTC) these numbers describe: they are computed in the background every 20 s by default and never served more than 60 s after it.</param>
public sealed record StatisticsOverviewDto(
    IReadOnlyList<DesignationYearCountDto> HubsByDesignationYear,
    InnovationStateCountsDto InnovationsByState,
    IReadOnlyList<SectorCountDto> InnovationsBySector,
    MaturityStageCountsDto InnovationsByMaturityStage,
    CandidacyStateCountsDto CandidaciesByState,
    ReplicationStateCountsDto ReplicationsByState,
    DateTimeOffset GeneratedAt);

/// <param name="Year">Year of designation.</param>
/// <param name="Count">Active hubs designated in that year.</param>
public sealed record DesignationYearCountDto(int Year, int Count);

/// <param name="Sector">Sector code, as in `GET /sectors`.</param>
/// <param name="Count">Published innovations in the sector.</param>
public sealed record SectorCountDto(string Sector, int Count);

/// <summary>Innovations in each state (all of them, drafts counted but never shown); 0 where there is none.</summary>
/// <param name="Draft">Being written by their agencies (counted, never shown).</param>
/// <param name="Submitted">Waiting for verification.</param>
/// <param name="Returned">Sent back to their agencies with notes.</param>
/// <param name="Published">Verified and public.</param>
/// <param name="Archived">Withdrawn from the registry.</param>
public sealed record InnovationStateCountsDto(int Draft, int Submitted, int Returned, int Published, int Archived);

/// <summary>Published innovations in each maturity stage; 0 where there is none.</summary>
/// <param name="Initiative">Inisiatif: being prepared.</param>
/// <param name="Trial">Uji coba: on trial.</param>
/// <param name="Implementation">Penerapan: implemented and running.</param>
public sealed record MaturityStageCountsDto(int Initiative, int Trial, int Implementation);

/// <summary>Hub candidacies of all cohort years in each state; 0 where there is none.</summary>
/// <param name="Shortlisted">Shortlisted for their track record.</param>
/// <param name="Invited">Invited to the readiness coordination meeting.</param>
/// <param name="Willing">Declared their willingness (kesediaan).</param>
/// <param name="Declined">Declined the invitation.</param>
/// <param name="Committed">Signed the joint commitment (komitmen bersama).</param>
/// <param name="ReadinessSubmitted">Submitted their readiness evidence.</param>
/// <param name="Assessed">Assessed against the three criteria.</param>
/// <param name="Designated">Designated a Hub JIPP.</param>
/// <param name="Rejected">Rejected by the ministry.</param>
/// <param name="Withdrawn">Withdrawn by the candidate.</param>
public sealed record CandidacyStateCountsDto(
    int Shortlisted,
    int Invited,
    int Willing,
    int Declined,
    int Committed,
    int ReadinessSubmitted,
    int Assessed,
    int Designated,
    int Rejected,
    int Withdrawn);

/// <summary>Replication requests in each state; 0 where there is none.</summary>
/// <param name="Submitted">Requested, waiting for verification.</param>
/// <param name="Verified">Verified by the facilitating hub or the ministry.</param>
/// <param name="Agreed">Owner and requester agreed (kesepakatan).</param>
/// <param name="InImplementation">Being implemented with mentoring (pendampingan).</param>
/// <param name="Completed">Completed: the requester's adaptation is registered.</param>
/// <param name="Rejected">Not approved at verification.</param>
/// <param name="Cancelled">Cancelled by the requester.</param>
public sealed record ReplicationStateCountsDto(int Submitted, int Verified, int Agreed, int InImplementation, int Completed, int Rejected, int Cancelled);

/// <summary>One province's part in the network.</summary>
/// <param name="Code">Kemendagri code, two digits.</param>
/// <param name="Name">Official name.</param>
/// <param name="HubId">The province's active Hub JIPP, if it has one.</param>
/// <param name="PublishedInnovations">Published innovations of agencies in the province (its own government, its regencies' and cities', and other bodies there).</param>
/// <param name="RegenciesWithInnovations">Regencies and cities of the province with at least one published innovation of an agency there.</param>
/// <param name="RegenciesTotal">The province's regencies and cities.</param>
/// <param name="RegencyCoverage">`regenciesWithInnovations / regenciesTotal`, rounded to 4 decimals; 0 when the province has none.</param>
/// <param name="ReplicationsCompleted">Completed replication requests whose requester is in the province: innovations adopted there.</param>
/// <param name="HubStatus">The province's place in the network, as the ministry announces it: `designated` (it has an active hub), `invited` (an agency of the province was invited to become a hub and its candidacy is still open), or `none`. Shortlists, scores, notes and refusals are never shown.</param>
/// <param name="CandidacyCohortYear">The cohort year of the invitation when `hubStatus` is `invited` (the latest, should there be more than one); otherwise null.</param>
public sealed record ProvinceStatisticsDto(
    string Code,
    string Name,
    Guid? HubId,
    int PublishedInnovations,
    int RegenciesWithInnovations,
    int RegenciesTotal,
    decimal RegencyCoverage,
    int ReplicationsCompleted,
    ProvinceHubStatus HubStatus,
    int? CandidacyCohortYear);

/// <summary>A province's place in the network, as the ministry announces it.</summary>
public enum ProvinceHubStatus
{
    /// <summary>The province has an active Hub JIPP, designated by decree.</summary>
    Designated,

    /// <summary>An agency of the province was invited to become a hub and its candidacy is still open (invited, willing, committed, readiness submitted or assessed).</summary>
    Invited,

    /// <summary>Neither designated nor invited.</summary>
    None,
}

/// <summary>Completed replications from the province of the original innovation to the province of the agency that adopted it.</summary>
/// <param name="FromProvinceCode">Kemendagri code of the province of the replicated (original) innovation.</param>
/// <param name="ToProvinceCode">Kemendagri code of the province of the agency that replicated it; equal to `fromProvinceCode` for a replication within one province.</param>
/// <param name="Completed">Replication requests between the two provinces that are completed.</param>
public sealed record ReplicationFlowDto(string FromProvinceCode, string ToProvinceCode, int Completed);
