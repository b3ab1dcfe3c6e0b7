using Jipp.Api.Localization;
using Jipp.Api.Security;
using Jipp.Application.Candidacies.AnswerInvitation;
using Jipp.Application.Candidacies.AssessCandidacy;
using Jipp.Application.Candidacies.DesignateHub;
using Jipp.Application.Candidacies.GetCandidacy;
using Jipp.Application.Candidacies.InviteCandidate;
using Jipp.Application.Candidacies.ListCandidacies;
using Jipp.Application.Candidacies.RecordCommitment;
using Jipp.Application.Candidacies.RejectCandidacy;
using Jipp.Application.Candidacies.ShortlistCandidacy;
using Jipp.Application.Candidacies.SubmitReadiness;
using Jipp.Application.Candidacies.WithdrawCandidacy;
using Jipp.Application.Candidacies;
using Jipp.Application.Cohorts.GetCohortPolicy;
using Jipp.Application.Cohorts.ResetCohortPolicy;
using Jipp.Application.Cohorts.SetCohortPolicy;
using Jipp.Application.Cohorts;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Inputs;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Candidacies;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Hub onboarding: candidacies through the ministry's three selection criteria to designation, and cohort policies.</summary>
public static class CandidaciesEndpoints
{
    private const string Transition = " From another state: 409 `invalid_transition`, naming the current state.";

    public static IEndpointRouteBuilder MapCandidaciesEndpoints(this IEndpointRouteBuilder routes)
    {
        var candidacies = routes.MapGroup("/hub-candidacies").WithTags("Hub onboarding").WithETags().AnswersInRequestLanguage();
        candidacies.MapPost("/", ShortlistCandidacy)
            .RequireAuthorization(Policies.Ministry)
            .WithName(nameof(ShortlistCandidacy))
            .WithSummary("Shortlist a candidate")
            .WithDescription("""
                Shortlists a provincial government or a central body (ministry or agency) for a cohort, computing its
                track record from the registry. 409 `candidacy.already_hub` if it (or its province) hosts a hub,
                `candidacy.already_open` if it has an open candidacy, `candidacy.not_eligible` for other kinds of agency.
                """)
            .Refuses(Refusal.Validation, Refusal.CandidacyAlreadyHub, Refusal.CandidacyAlreadyOpen, Refusal.CandidacyNotEligible);
        candidacies.MapGet("/", ListCandidacies)
            .RequireAuthorization(Policies.MinistryReaderOrAgency)
            .WithName(nameof(ListCandidacies))
            .WithSummary("List candidacies")
            .WithDescription("Newest first, keyset paged. An agency sees only its own candidacies.")
            .Refuses(Refusal.Validation);
        candidacies.MapGet("/{id:guid}", GetCandidacy)
            .RequireAuthorization(Policies.MinistryReaderOrAgency)
            .WithName(nameof(GetCandidacy))
            .WithSummary("Get one candidacy")
            .WithDescription("An agency sees only its own candidacy; others are 404.")
            .Refuses(Refusal.NotFound);
        candidacies.MapPost("/{id:guid}/invitation", InviteCandidate)
            .RequireAuthorization(Policies.Ministry)
            .WithName(nameof(InviteCandidate))
            .WithSummary("Invite to the readiness coordination meeting")
            .WithDescription("`shortlisted` → `invited`." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        candidacies.MapPost("/{id:guid}/willingness", AnswerInvitation)
            .RequireAuthorization(Policies.MinistryOrAgency)
            .WithName(nameof(AnswerInvitation))
            .WithSummary("Answer the invitation (kesediaan)")
            .WithDescription("`invited` → `willing` (willing: true) or `declined` (false). The candidate agency, or the ministry on its behalf." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        candidacies.MapPost("/{id:guid}/commitment", RecordCommitment)
            .RequireAuthorization(Policies.Agency)
            .WithName(nameof(RecordCommitment))
            .WithSummary("Record the signed joint commitment (komitmen bersama)")
            .WithDescription("`willing` → `committed`. The candidate agency." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        candidacies.MapPost("/{id:guid}/readiness", SubmitReadiness)
            .RequireAuthorization(Policies.Agency)
            .WithName(nameof(SubmitReadiness))
            .WithSummary("Submit readiness evidence")
            .WithDescription("""
                `committed` → `readinessSubmitted`. The candidate agency. Readiness is evidence, not a gate: missing
                evidence or an empty partner list is accepted and shows up as an unmet criterion at assessment; only
                malformed values (unknown sector codes, over-long strings, bad types) are a 400.
                """ + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        candidacies.MapPost("/{id:guid}/assessment", AssessCandidacy)
            .RequireAuthorization(Policies.Ministry)
            .WithName(nameof(AssessCandidacy))
            .WithSummary("Assess against the three selection criteria")
            .WithDescription("""
                `readinessSubmitted` (or `assessed`, to assess again) → `assessed`. Refreshes the track record and judges
                commitment, innovation potential and stakeholder support under the cohort policy: `assessment.criteria`
                has `met` and `reasons` for each.
                """ + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        candidacies.MapPost("/{id:guid}/designation", DesignateHub)
            .RequireAuthorization(Policies.Ministry)
            .WithName(nameof(DesignateHub))
            .WithSummary("Designate the hub")
            .WithDescription("""
                `assessed` → `designated`, creating the hub with the readiness' leading sectors and partners; the province's
                `hubId` then points to it. The criteria are judged again under the cohort policy as it stands now:
                409 `candidacy.criteria_not_met` with every unmet criterion in `unmetCriteria`.
                """ + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition, Refusal.CandidacyCriteriaNotMet, Refusal.CandidacyAlreadyHub, Refusal.HubDuplicatePartner)
            .HonoursIfMatch();
        candidacies.MapPost("/{id:guid}/rejection", RejectCandidacy)
            .RequireAuthorization(Policies.Ministry)
            .WithName(nameof(RejectCandidacy))
            .WithSummary("Reject a candidacy")
            .WithDescription("Any open state → `rejected`." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        candidacies.MapPost("/{id:guid}/withdrawal", WithdrawCandidacy)
            .RequireAuthorization(Policies.Agency)
            .WithName(nameof(WithdrawCandidacy))
            .WithSummary("Withdraw a candidacy")
            .WithDescription("Any open state → `withdrawn`. The candidate agency." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();

        var cohorts = routes.MapGroup("/cohorts").WithTags("Hub onboarding").WithETags();
        cohorts.MapGet("/{year:int}/policy", GetCohortPolicy)
            .WithName(nameof(GetCohortPolicy))
            .WithSummary("Get a cohort's selection policy")
            .WithDescription("The thresholds of the cohort year; the defaults (minScore 70, minPublishedInnovations 10, minRegencyCoverage 0.25, minPartners 1) until the ministry sets them.")
            .Refuses(Refusal.Validation);
        cohorts.MapPut("/{year:int}/policy", SetCohortPolicy)
            .RequireAuthorization(Policies.Ministry)
            .WithName(nameof(SetCohortPolicy))
            .WithSummary("Set a cohort's selection policy")
            .WithDescription("Sets the thresholds of the cohort year. Designation judges with the policy as it stands at that moment.")
            .Refuses(Refusal.Validation)
            .HonoursIfMatch();
        cohorts.MapDelete("/{year:int}/policy", ResetCohortPolicy)
            .RequireAuthorization(Policies.Ministry)
            .WithName(nameof(ResetCohortPolicy))
            .WithSummary("Reset a cohort's selection policy to the defaults")
            .WithDescription("""
                Removes the ministry's thresholds of the cohort year: from then on the defaults apply (GET answers them
                with `isDefault: true`) and designation judges with them. 204 also when none were set, so a retry is safe.
                `If-Match` is checked against the policy that was set.
                """)
            .Refuses(Refusal.Validation)
            .HonoursIfMatch();
        return routes;
    }

    /// <summary>Shortlists a candidate.</summary>
    internal static async Task<Created<CandidacyDto>> ShortlistCandidacy(ShortlistCandidacy command, ISender sender, CancellationToken ct)
    {
        var candidacy = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/hub-candidacies/{candidacy.Id}", candidacy);
    }

    /// <summary>Lists candidacies.</summary>
    /// <param name="cohortYear">Only candidacies of this cohort year.</param>
    /// <param name="state">Only candidacies in this state.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<CandidacyDto>>> ListCandidacies(int? cohortYear, EnumQuery<CandidacyState>? state, int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListCandidacies(cohortYear, state.ValueOrNull(), pageSize ?? PageLimits.Default, cursor), ct));

    /// <summary>Gets one candidacy.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> GetCandidacy(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCandidacy(id), ct));

    /// <summary>Invites a candidate.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> InviteCandidate(Guid id, InvitationInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new InviteCandidate(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Answers an invitation.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> AnswerInvitation(Guid id, WillingnessInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AnswerInvitation(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Records the joint commitment.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> RecordCommitment(Guid id, CommitmentInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RecordCommitment(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Submits readiness evidence.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> SubmitReadiness(Guid id, ReadinessInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitReadiness(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Assesses a candidacy.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> AssessCandidacy(Guid id, AssessmentInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AssessCandidacy(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Designates the hub.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> DesignateHub(Guid id, DesignationInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DesignateHub(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Rejects a candidacy.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> RejectCandidacy(Guid id, ReasonInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RejectCandidacy(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Withdraws a candidacy.</summary>
    /// <param name="id">The candidacy's id.</param>
    internal static async Task<Ok<CandidacyDto>> WithdrawCandidacy(Guid id, ReasonInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new WithdrawCandidacy(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Gets a cohort policy.</summary>
    /// <param name="year">The cohort year.</param>
    internal static async Task<Ok<CohortPolicyDto>> GetCohortPolicy(int year, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCohortPolicy(year), ct));

    /// <summary>Sets a cohort policy.</summary>
    /// <param name="year">The cohort year.</param>
    internal static async Task<Ok<CohortPolicyDto>> SetCohortPolicy(int year, CohortPolicyInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SetCohortPolicy(year, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Resets a cohort policy to the defaults.</summary>
    /// <param name="year">The cohort year.</param>
    internal static async Task<NoContent> ResetCohortPolicy(int year, IfMatch ifMatch, ISender sender, CancellationToken ct)
    {
        await sender.Send(new ResetCohortPolicy(year) { IfMatch = ifMatch.Value }, ct);
        return TypedResults.NoContent();
    }
}
