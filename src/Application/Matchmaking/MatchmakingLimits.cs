namespace Jipp.Application.Matchmaking;

/// <summary>The bounds of matchmaking (ADR 26); the API descriptions state them.</summary>
public static class MatchmakingLimits
{
    /// <summary>Longest problem statement, in characters (about a page).</summary>
    public const int ProblemMaxLength = 4000;

    /// <summary>Items returned unless limit says otherwise.</summary>
    public const int DefaultLimit = 10;

    /// <summary>Most items a caller may ask for.</summary>
    public const int MaxLimit = 20;

    /// <summary>Key terms kept from a text: the rarest of its words.</summary>
    public const int KeyTerms = 12;

    /// <summary>Key terms that also fetch candidates (the rarest ones); the others only score them.</summary>
    public const int RetrievingTerms = 6;

    /// <summary>Candidates each retrieving term fetches: its newest matches.</summary>
    public const int CandidatesPerTerm = 50;

    /// <summary>A word held by this many published innovations or fewer is a key term whatever the registry's size.</summary>
    public const int AlwaysKeyTermDocuments = 5;

    /// <summary>A word in more than this share of the published innovations says too little to be a key term.</summary>
    public const double MaxTermShare = 0.5;

    /// <summary>A word in more than this share of the published innovations scores candidates but does not fetch them, unless too few rarer words do.</summary>
    public const double MaxRetrievingShare = 0.02;
}
