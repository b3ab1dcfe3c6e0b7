namespace Jipp.Domain.Innovations;

/// <summary>What an agency writes about its innovation; the same for registration and every revision.</summary>
public sealed record InnovationContent(
    string Title,
    string UnitName,
    string Summary,
    string Problem,
    string Solution,
    string Novelty,
    string Impact,
    string Sector,
    InnovationForm Form,
    bool Digital,
    MaturityStage MaturityStage,
    DateOnly StartedOn,
    DateOnly? ImplementedOn,
    IReadOnlyList<string> EvidenceLinks,
    bool Replicable)
{
    public const int TitleMaxLength = 200;
    public const int UnitNameMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int SummaryMaxLength = 1000;
    public const int MaxEvidenceLinks = 10;
    public const int EvidenceLinkMaxLength = 500;
}
