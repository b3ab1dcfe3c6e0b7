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
/// Proactive content negotiation on <c>Accept</c> (RFC 9110 §12.5.1) for the routes that offer more than JSON: the
/// offered type the caller ranks highest, the first one offered when it names none, 406 <c>not_acceptable</c>
/// when it accepts none of them.
/// </summary>
public static class ContentNegotiation
{
    /// <summary>The media type to answer with; <paramref name="offered"/>[0] is the default (no <c>Accept</c>, or <c>*/*</c>).</summary>
    /// <exception cref="Jipp.Domain.Common.DomainException">406 <c>not_acceptable</c>, naming the offered types.</exception>
    public static string Choose(HttpRequest request, params string[] offered)
    {
        ArgumentOutOfRangeException.ThrowIfZero(offered.Length);
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return offered[0];
        }

        var parsed = offered.Select(o => (Name: o, Type: MediaTypeHeaderValue.Parse(o))).ToList();

        // Highest quality first (absent is 1); at equal quality the more specific range first, so that
        // "text/csv, */*" picks CSV and "*/*" alone the default; then in the caller's order (OrderBy is stable).
        foreach (var range in accept.OrderByDescending(a => a.Quality ?? 1).ThenBy(a => a.MatchesAllTypes ? 2 : a.MatchesAllSubTypes ? 1 : 0))
        {
            if (range.Quality is <= 0)
            {
                continue;
            }

            foreach (var (name, type) in parsed)
            {
                if (type.IsSubsetOf(range) && !Excluded(accept, type))
                {
                    return name;
                }
            }
        }

        throw Refusal.NotAcceptable.ToException(string.Join(", ", offered));
    }

    /// <summary>Whether the caller refused this type outright with <c>q=0</c>.</summary>
    private static bool Excluded(IList<MediaTypeHeaderValue> accept, MediaTypeHeaderValue type) =>
        accept.Any(a => a.Quality is <= 0 && !a.MatchesAllTypes && !a.MatchesAllSubTypes && type.IsSubsetOf(a));
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
