namespace Jipp.Domain.Innovations;

/// <summary>Where an innovation is in its life: registered, verified, published, archived.</summary>
public enum InnovationState
{
    /// <summary>Being written by its agency; only the agency sees it.</summary>
    Draft,

    /// <summary>Waiting for verification by the ministry or the province's hub.</summary>
    Submitted,

    /// <summary>Sent back to the agency with notes, to be revised and submitted again.</summary>
    Returned,

    /// <summary>Verified and visible to everyone.</summary>
    Published,

    /// <summary>Withdrawn from the registry.</summary>
    Archived,
}

/// <summary>The form of an innovation (bentuk inovasi).</summary>
public enum InnovationForm
{
    /// <summary>Inovasi pelayanan publik: a better service to the public.</summary>
    PublicService,

    /// <summary>Inovasi tata kelola pemerintahan: better governance inside government.</summary>
    Governance,

    /// <summary>Any other form.</summary>
    Other,
}

/// <summary>Maturity stage (tahapan inovasi) of Kemendagri's regional-innovation instrument.</summary>
public enum MaturityStage
{
    /// <summary>Inisiatif: an idea being prepared.</summary>
    Initiative,

    /// <summary>Uji coba: on trial.</summary>
    Trial,

    /// <summary>Penerapan: implemented and running.</summary>
    Implementation,
}

/// <summary>The verifier's decision on a submitted innovation.</summary>
public enum VerificationDecision
{
    /// <summary>Publish the innovation.</summary>
    Publish,

    /// <summary>Return it to the agency with notes.</summary>
    Return,
}
