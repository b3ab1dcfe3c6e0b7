using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jipp.Application.OpenData;
using Jipp.Application.OpenData.ExportInnovations;
using Microsoft.Net.Http.Headers;

namespace Jipp.Api.OpenData;

/// <summary>The validators and download headers of the open data routes (negotiation: <see cref="Representations.ContentNegotiation"/>).</summary>
public static class OpenDataHttp
{
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
        response.Headers.ContentDisposition = Representations.Csv.Attachment(
            $"{name}-{now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}");
    }
}
