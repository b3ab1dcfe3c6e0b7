using Jipp.Application.Common.Errors;
using Microsoft.Net.Http.Headers;

namespace Jipp.Api.Representations;

/// <summary>The media types the API answers with besides problems.</summary>
public static class MediaTypes
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string NdJson = "application/x-ndjson";
}

/// <summary>
/// Proactive content negotiation on <c>Accept</c> (RFC 9110 §12.5.1) for the routes that offer more than JSON: each
/// offered type takes the quality of the most specific range that covers it (so <c>text/csv;q=0, */*</c> refuses CSV);
/// the highest quality wins, at equal quality the type the caller named more specifically (<c>text/csv, */*</c> picks
/// CSV), then the earlier offered; the first offered when there is no <c>Accept</c>; 406 <c>not_acceptable</c> when the
/// caller accepts none of them. Parameters such as <c>charset</c> do not narrow a range here.
/// </summary>
public static class ContentNegotiation
{
    /// <summary>The media type to answer with; <paramref name="offered"/>[0] is the default (no <c>Accept</c>, or <c>*/*</c>).</summary>
    /// <exception cref="Jipp.Domain.Common.DomainException">406 <c>not_acceptable</c>, naming the offered types.</exception>
    public static string Choose(HttpRequest request, params string[] offered)
    {
        ArgumentOutOfRangeException.ThrowIfZero(offered.Length);
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return offered[0];
        }

        string? best = null;
        var (bestQuality, bestSpecificity) = (0.0, -1);
        foreach (var name in offered)
        {
            var type = new MediaTypeHeaderValue(name);
            MediaTypeHeaderValue? match = null;
            foreach (var range in accept)
            {
                if (Covers(range, type) && (match is null || Specificity(range) > Specificity(match)))
                {
                    match = range;
                }
            }

            if (match is null)
            {
                continue;
            }

            var quality = match.Quality ?? 1;
            var specificity = Specificity(match);
            if (quality > bestQuality || (quality > 0 && quality == bestQuality && specificity > bestSpecificity))
            {
                (best, bestQuality, bestSpecificity) = (name, quality, specificity);
            }
        }

        return best ?? throw Refusal.NotAcceptable.ToException(string.Join(", ", offered));
    }

    private static int Specificity(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;

    private static bool Covers(MediaTypeHeaderValue range, MediaTypeHeaderValue type) =>
        range.MatchesAllTypes
        || (range.Type.Equals(type.Type, StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(type.SubType, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>Conditional reads (RFC 9110 §13.1.2).</summary>
public static class Preconditions
{
    /// <summary>Whether <c>If-None-Match</c> names <paramref name="etag"/> (weak comparison) or is <c>*</c>: answer 304.</summary>
    public static bool IfNoneMatchNames(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
        && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}

public static class NegotiationConventions
{
    /// <summary>
    /// <c>Vary: Accept</c> on every answer of the endpoint, problems (406) included: shared caches must keep the
    /// representations apart. Added when the response starts, so that it survives the exception handler's reset.
    /// </summary>
    public static RouteHandlerBuilder VariesByAccept(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(static (context, next) =>
        {
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
                return Task.CompletedTask;
            });
            return next(context);
        });
}
