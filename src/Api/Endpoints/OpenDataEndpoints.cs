using Jipp.Api.OpenData;
using Jipp.Api.Replicas;
using Jipp.Api.Representations;
using Jipp.Application.Common.Errors;
using Jipp.Application.OpenData;
using Jipp.Application.OpenData.DescribeOpenData;
using Jipp.Application.OpenData.ExportInnovations;
using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Jipp.Api.Endpoints;

/// <summary>
/// The published innovations as open data, in the spirit of Satu Data Indonesia (Perpres 39/2019): standard codes,
/// a data dictionary, interoperable formats; for anyone, without a key (ADR 28).
/// </summary>
public static class OpenDataEndpoints
{
    public const string ExportSummary = "Download every published innovation as open data (CSV or JSON Lines)";

    private const string ExportDescription = """
        Every **published** innovation (never a draft, submission, returned or archived one), with its sector, owner
        agency, province and regency by their standard codes and with their names joined in, one row per innovation
        in id order. What each column means, its codes and their sources: `GET /api/v1/open-data/innovations/dictionary`.
        No personal data (no verifier's notes, no API clients, no contact persons).

        **Formats** by `Accept`: `text/csv` (RFC 4180, UTF-8 without BOM, CRLF, a header row; the default when `Accept`
        is absent or `*/*`) or `application/x-ndjson` (JSON Lines: one object per line). Any other type: 406
        `not_acceptable`.

        **Streamed**: rows are written as they are read from the database, so the download starts at once and the
        service's memory does not grow with the registry; the answer is chunked and has no `Content-Length`. A
        download cut short (an error or a restart midway) ends without the final chunk, which HTTP clients report as
        an incomplete transfer: retry it. Closing the connection stops the export's query.

        **Caching**: the strong `ETag` names the published set as it stands (it changes with every publication,
        archival of a published innovation or completed replication), the columns, the format and the filters; send it
        back in `If-None-Match` to get 304 without the export being read again. `Cache-Control: public, max-age=300`
        (`Jipp:OpenData:MaxAgeSeconds`) for anonymous calls; an answer to a call with an API key is `no-store`, like
        every keyed answer. `Content-Disposition: attachment` names the file with the UTC date of the download.

        **Freshness**: live, read from a read replica where one is configured (at most a few seconds behind).
        """;

    private static readonly string[] ExportTypes = [OpenDataMediaTypes.Csv, OpenDataMediaTypes.Ndjson];
    private static readonly string[] DictionaryTypes = ["application/json", OpenDataMediaTypes.Csv];

    /// <summary>The dictionary as CSV: one record per column of the export.</summary>
    private static readonly CsvColumns<OpenDataFieldDto> DictionaryCsv = new CsvColumns<OpenDataFieldDto>()
        .Text("name", f => f.Name)
        .Text("type", f => f.Type)
        .Text("format", f => f.Format)
        .Text("required", f => f.Required ? "true" : "false")
        .Text("description", f => f.Description)
        .Text("values", f => string.Join(' ', f.Values ?? f.Codes?.Values?.Select(v => v.Code) ?? []))
        .Text("codesSource", f => f.Codes?.Source)
        .Text("codesReference", f => f.Codes?.Reference);

    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder routes)
    {
        var openData = routes.MapGroup("/open-data").WithTags("Open data").ToleratesStaleReads();
        openData.MapGet("/innovations", ExportInnovations)
            .WithName(nameof(ExportInnovations))
            .WithSummary(ExportSummary)
            .WithDescription(ExportDescription)
            .Produces<string>(StatusCodes.Status200OK, OpenDataMediaTypes.Csv, OpenDataMediaTypes.Ndjson)
            .Produces(StatusCodes.Status304NotModified)
            .WithMetadata(OpenDataExportMetadata.Instance)
            .Refuses(Refusal.Validation, Refusal.NotAcceptable);
        openData.MapGet("/innovations/dictionary", DescribeOpenData)
            .WithName(nameof(DescribeOpenData))
            .WithSummary("Get the data dictionary of the open data export")
            .WithDescription("""
                What the export of `GET /api/v1/open-data/innovations` is: publisher, licence (none is set yet, and the
                dictionary says so), formats, filters, update frequency (live), every column in its order with its type
                (Frictionless Table Schema names: string, integer, boolean, date, datetime), whether it may be empty,
                what it means, its values or codes and their sources (Kemendagri region codes, BPS province codes, the
                32 sectors of UU 23/2014 with their names), and what the registry holds but leaves out, and why. It is
                generated from the same column definitions the export writes, so the two never disagree. Texts follow
                `Accept-Language` (`id` or `en`).

                `application/json` (the default) or `text/csv` (one row per column: name, type, format, required,
                description, values, codesSource, codesReference); any other type: 406 `not_acceptable`.
                """)
            .Produces<OpenDataDictionaryDto>(StatusCodes.Status200OK, "application/json", OpenDataMediaTypes.Csv)
            .WithMetadata(OpenDataExportMetadata.Dictionary)
            .Refuses(Refusal.NotAcceptable);
        return routes;
    }

    /// <summary>Downloads every published innovation as open data.</summary>
    /// <param name="provinceCode">Only innovations of agencies in this province (Kemendagri code, such as "35").</param>
    /// <param name="sector">Only innovations of this sector (a code from GET /sectors).</param>
    /// <param name="publishedFrom">Only innovations published on or after this date (UTC).</param>
    /// <param name="publishedTo">Only innovations published on or before this date (UTC).</param>
    internal static async Task ExportInnovations(
        string? provinceCode,
        string? sector,
        DateOnly? publishedFrom,
        DateOnly? publishedTo,
        HttpContext context,
        ISender sender,
        IOptions<OpenDataOptions> options,
        TimeProvider clock)
    {
        var mediaType = ContentNegotiation.Choose(context.Request, ExportTypes);

        var ct = context.RequestAborted;
        await using var export = await sender.Send(new ExportInnovations(provinceCode, sector, publishedFrom, publishedTo), ct);
        var etag = OpenDataHttp.ETagOf(export, mediaType);
        var response = context.Response;
        OpenDataHttp.Cacheable(response, options.Value.MaxAgeSeconds, etag, export.LastChanged);
        if (Preconditions.IfNoneMatchNames(context.Request, new EntityTagHeaderValue(etag)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        OpenDataHttp.Attachment(response, "jipp-innovations", mediaType, clock.GetUtcNow());
        response.ContentType = mediaType == OpenDataMediaTypes.Csv ? Csv.ContentType : OpenDataMediaTypes.Ndjson;
        await response.StartAsync(ct);
        var rows = export.ReadAsync(ct);
        var flushEvery = options.Value.FlushEveryRows;
        if (mediaType == OpenDataMediaTypes.Csv)
        {
            await OpenDataWriters.WriteCsvAsync(response.Body, OpenDataColumns.All, rows, flushEvery, ct);
        }
        else
        {
            await OpenDataWriters.WriteNdjsonAsync(response.BodyWriter, OpenDataColumns.All, rows, flushEvery, ct);
        }
    }

    /// <summary>Gets the data dictionary of the open data export.</summary>
    internal static async Task<IResult> DescribeOpenData(HttpContext context, ISender sender, IOptions<OpenDataOptions> options)
    {
        var mediaType = ContentNegotiation.Choose(context.Request, DictionaryTypes);

        var dictionary = await sender.Send(new DescribeOpenData(), context.RequestAborted);
        OpenDataHttp.Cacheable(context.Response, options.Value.MaxAgeSeconds, etag: null, lastModified: null);
        context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage);
        if (mediaType != OpenDataMediaTypes.Csv)
        {
            return TypedResults.Ok(dictionary);
        }

        return TypedResults.Bytes(DictionaryCsv.ToBytes(dictionary.Fields, byteOrderMark: false), Csv.ContentType);
    }
}

/// <summary>Marks the open data operations, so that the OpenAPI document gets their media types' examples and headers.</summary>
public sealed class OpenDataExportMetadata
{
    public static readonly OpenDataExportMetadata Instance = new(export: true);
    public static readonly OpenDataExportMetadata Dictionary = new(export: false);

    private OpenDataExportMetadata(bool export) => Export = export;

    /// <summary>The export (true) or its dictionary (false).</summary>
    public bool Export { get; }
}
