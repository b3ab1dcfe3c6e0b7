using Jipp.Domain.Innovations;

namespace Jipp.Application.Innovations;

/// <summary>The body of registering or updating an innovation.</summary>
/// <param name="AgencyId">The owner agency. Agency clients may omit it (their own agency is meant) and may name only their own; the ministry must name one. An update may send the owner's id back as read, or omit it; any other is a 400 (an innovation keeps its owner).</param>
/// <param name="Title">Name of the innovation (at most 200 characters).</param>
/// <param name="UnitName">The unit that runs it, such as "Dinas Kependudukan dan Pencatatan Sipil".</param>
/// <param name="Summary">Short description (at most 1000 characters).</param>
/// <param name="Problem">The problem it solves.</param>
/// <param name="Solution">How it solves it.</param>
/// <param name="Novelty">What is new about it (kebaruan).</param>
/// <param name="Impact">Its effect on the public service (manfaat).</param>
/// <param name="Sector">A sector code from GET /sectors.</param>
/// <param name="Form">publicService, governance or other.</param>
/// <param name="Digital">Whether it is a digital innovation.</param>
/// <param name="MaturityStage">initiative (inisiatif), trial (uji coba) or implementation (penerapan).</param>
/// <param name="StartedOn">When it started; not in the future.</param>
/// <param name="ImplementedOn">When it was implemented; required at the implementation stage, not before startedOn.</param>
/// <param name="EvidenceLinks">Up to 10 https links to evidence; stored, never fetched.</param>
/// <param name="Replicable">Whether the owner is willing to have it replicated.</param>
public sealed record InnovationInput(
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
    Guid? AgencyId = null,
    DateOnly? ImplementedOn = null,
    IReadOnlyList<string>? EvidenceLinks = null,
    bool Replicable = false)
{
    public InnovationContent ToContent() =>
        new(Title, UnitName, Summary, Problem, Solution, Novelty, Impact, Sector, Form, Digital, MaturityStage, StartedOn, ImplementedOn, EvidenceLinks ?? [], Replicable);
}
