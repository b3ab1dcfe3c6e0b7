using Jipp.Application.Innovations;

namespace Jipp.Application.Matchmaking;

/// <summary>Why a hub is proposed to mentor a replication.</summary>
public enum MentoringHubReason
{
    /// <summary>The active hub of the province of the innovation's owner.</summary>
    OwnerProvinceHub,

    /// <summary>The owner's province has no active hub: the active hub of the asker's province (provinceCode).</summary>
    AskerProvinceHub,
}

/// <param name="HubId">The hub.</param>
/// <param name="Why">ownerProvinceHub or askerProvinceHub.</param>
public sealed record MentoringHubDto(Guid HubId, MentoringHubReason Why);

/// <summary>Why an innovation was matched.</summary>
/// <param name="SharedTerms">The key terms of the problem that the innovation shares (stemmed lexemes, rarest first).</param>
/// <param name="SameSector">Whether the innovation is in the sector asked for.</param>
/// <param name="CompletedReplications">Completed replications of the innovation.</param>
/// <param name="MentoringHub">The hub proposed to mentor the replication, or null when neither province has an active hub (the ministry facilitates).</param>
public sealed record MatchReasonsDto(IReadOnlyList<string> SharedTerms, bool SameSector, int CompletedReplications, MentoringHubDto? MentoringHub);

/// <summary>A published, replicable innovation that answers a problem.</summary>
/// <param name="Innovation">The innovation, as in lists.</param>
/// <param name="Score">How well it answers the problem (higher is better; comparable only within one answer).</param>
/// <param name="Reasons">Why it was matched.</param>
/// <param name="MentoringHubId">The hub proposed to mentor the replication (as in reasons.mentoringHub), or null.</param>
public sealed record ReplicationMatchDto(InnovationListItemDto Innovation, double Score, MatchReasonsDto Reasons, Guid? MentoringHubId);

/// <summary>A published innovation like another one.</summary>
/// <param name="Innovation">The innovation, as in lists.</param>
/// <param name="Score">How alike they are (higher is more alike; comparable only within one answer).</param>
/// <param name="SharedTerms">The key terms they share (stemmed lexemes, rarest first).</param>
/// <param name="SameSector">Whether it is in the same sector.</param>
public sealed record SimilarInnovationDto(InnovationListItemDto Innovation, double Score, IReadOnlyList<string> SharedTerms, bool SameSector);

/// <summary>The innovations that answer a problem, best first; a bounded list, never paged.</summary>
/// <param name="Items">The matches, best first.</param>
public sealed record ReplicationMatchListDto(IReadOnlyList<ReplicationMatchDto> Items);

/// <summary>The innovations most like one, best first; a bounded list, never paged.</summary>
/// <param name="Items">The innovations, most alike first.</param>
public sealed record SimilarInnovationListDto(IReadOnlyList<SimilarInnovationDto> Items);
