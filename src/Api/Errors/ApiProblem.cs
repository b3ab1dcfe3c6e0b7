namespace Jipp.Api.Errors;

/// <summary>
/// An error response (<c>application/problem+json</c>, RFC 9457). This type only describes the
/// shape in the OpenAPI document; <see cref="ProblemWriter"/> writes the bodies.
/// </summary>
/// <param name="Type">A URI identifying the kind of problem.</param>
/// <param name="Title">A short summary of the kind of problem.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong with this request, in words.</param>
/// <param name="Instance">The request path.</param>
/// <param name="TraceId">The request's trace id, to quote when asking for help.</param>
/// <param name="Code">Machine-readable code: validation, unauthenticated, forbidden, not_found, a domain rule's code, …</param>
/// <param name="Errors">For validation problems: the messages per field.</param>
/// <param name="UnmetCriteria">For <c>candidacy.criteria_not_met</c>: every unmet criterion with its reasons.</param>
public sealed record ApiProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    string Instance,
    string TraceId,
    string Code,
    IDictionary<string, string[]>? Errors,
    IReadOnlyList<UnmetCriterion>? UnmetCriteria);

/// <param name="Criterion">commitment, innovationPotential or stakeholderSupport.</param>
/// <param name="Reasons">How each of its conditions stands.</param>
public sealed record UnmetCriterion(string Criterion, IReadOnlyList<string> Reasons);
