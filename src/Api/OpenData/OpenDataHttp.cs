using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jipp.Application.OpenData;
using Jipp.Application.OpenData.ExportInnovations;
using Microsoft.Net.Http.Headers;

namespace Jipp.Api.OpenData;

/// <summary>Content negotiation, validators and download headers of the open data routes.</summary>
public static class OpenDataHttp
{
    /// <summary>
    /// The media type of <paramref name="offered"/> the request's <c>Accept</c> prefers: the first offered (the default)
    /// when Accept is absent or takes anything; among several acceptable at the same quality, the earlier offered; null
    /// when none is acceptable (406). The most specific range that matches a type gives its quality (RFC 9110 §12.5.1).
    /// </summary>
    public static string? Negotiate(HttpRequest request, params string[] offered)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return offered[0];
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var type in offered)
        {
            var offer = new MediaTypeHeaderValue(type);
            MediaTypeHeaderValue? match = null;
            foreach (var range in accept)
            {
                if (Covers(range, offer) && (match is null || Specificity(range) > Specificity(match)))
                {
                    match = range;
                }
            }

            var quality = match is null ? 0 : match.Quality ?? 1;
            if (quality > bestQuality)
            {
                best = type;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>
    /// A strong ETag of one export: the published set's version in the snapshot read, the columns' layout, the format
    /// and the filters, hashed. Two exports with the same ETag are the same bytes.
    /// </summary>
    public static string ETagOf(InnovationExport export, string mediaType)
    {
        var filter = export.Filter;
        var identity = string.Join(
            '|',
            OpenDataColumns.LayoutVersion,
            export.Version,
            mediaType,
            filter.ProvinceCode ?? string.Empty,
            filter.Sector ?? string.Empty,
            filter.PublishedFrom?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty,
            filter.PublishedTo?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return "\"" + Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>Whether <c>If-None-Match</c> names <paramref name="etag"/> (weak comparison, as RFC 9110 §13.1.2 asks) or is <c>*</c>.</summary>
    public static bool NotModified(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch is null || ifNoneMatch.Count == 0)
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    /// <summary>The headers of a cacheable open data answer (also of its 304).</summary>
    public static void Cacheable(HttpResponse response, int maxAgeSeconds, string? etag, DateTimeOffset? lastModified)
    {
        var headers = response.GetTypedHeaders();
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(maxAgeSeconds) };
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (etag is not null)
        {
            response.Headers.ETag = etag;
        }

        if (lastModified is { } modified)
        {
            headers.LastModified = modified;
        }
    }

    /// <summary><c>attachment; filename="jipp-innovations-2026-11-30.csv"</c>: the UTC date of the download.</summary>
    public static void Attachment(HttpResponse response, string name, string mediaType, DateTimeOffset now)
    {
        var extension = mediaType == OpenDataMediaTypes.Csv ? "csv" : "ndjson";
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{name}-{now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}",
        };
        response.Headers.ContentDisposition = disposition.ToString();
    }

    private static int Specificity(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;

    /// <summary>Whether a range of Accept covers the type, by type and subtype (parameters such as charset do not narrow it here).</summary>
    private static bool Covers(MediaTypeHeaderValue range, MediaTypeHeaderValue offer) =>
        range.MatchesAllTypes
        || (range.Type.Equals(offer.Type, StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(offer.SubType, StringComparison.OrdinalIgnoreCase)));
}
