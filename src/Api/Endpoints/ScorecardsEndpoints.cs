using Jipp.Api.OpenApi;
using Jipp.Api.Replicas;
using Jipp.Api.Representations;
using Jipp.Application.Common.Errors;
using Jipp.Application.Scorecards;
using Jipp.Application.Scorecards.GetHubScorecard;
using Jipp.Application.Scorecards.ListHubScorecards;
using Mediator;

namespace Jipp.Api.Endpoints;

/// <summary>Hub scorecards: the figures of each hub's year, for the ministry's yearly evaluation of its hubs.</summary>
public static class ScorecardsEndpoints
{
    private const string Figures = """
        Years are calendar years in Western Indonesian Time (WIB, UTC+7): 1 January 00:00 WIB to 1 January 00:00 WIB
        of the next year, so an innovation published at 2024-12-31T17:30Z (00:30 WIB on 1 January) counts for 2025.
        `year` is from 2020 to the current year (WIB), the current year when omitted; any other is 400.

        - `activities`: activities of the hub with `heldOn` in the year (in the current year, up to today: one recorded
          ahead of its date is not yet held), by type; `total` is their sum.
        - `agenciesReached`: distinct agencies named in those activities' `agencyIds`, together with the requesters of
          the replication requests the hub facilitated that were made in the year; an agency in both counts once.
        - `replications.facilitated`: requests with this `facilitatingHubId` made (`createdAt`) in the year, whatever
          became of them; `verified`: of those, the ones approved at verification (whatever their state now);
          `completed`: requests with this `facilitatingHubId` whose `completion.completedOn` is in the year, whenever
          they were made; `medianDaysToCompletion`: the median, over those completed, of the days from the request's
          creation (its date in WIB) to `completedOn` (the mean of the two middle values for an even number), null
          when none was completed.
        - `publishedInnovations.count`: innovations of agencies in the hub's province (a central body's hub: of its
          own agency) whose `publishedAt` is in the year, including those archived since, so a past year's figure
          does not change; `previousYear`: the same for the year before; `change` = `count - previousYear`.
        - `regencyCoverage`: of the province's `regencies` (regencies and cities), those with at least one innovation
          of an agency there that was published at the end of the year (`publishedAt` before 1 January 00:00 WIB of
          the next year and not archived before then): `coveredAtEnd`; the same at the end of the year before:
          `coveredAtPreviousEnd`; `ratio` and `previousRatio` are their shares, 4 decimals (0 when the province has
          none; all 0 for a central body's hub).
        - `partners`: the hub's partners today (partners carry no dates).

        Anyone may read scorecards, also without an API key. Send `Accept: text/csv` for CSV (a header row and one
        record per hub, columns named in Indonesian; UTF-8 with a byte order mark, so that spreadsheets read it as
        UTF-8), `application/json` (the default) for JSON; any other `Accept` is 406 `not_acceptable`. Every answer
        carries `Vary: Accept` and a strong `ETag` of its bytes: send it in `If-None-Match` and an unchanged answer is
        a bodiless 304. The figures are computed from the registry at each request.
        """;

    public static IEndpointRouteBuilder MapScorecardsEndpoints(this IEndpointRouteBuilder routes)
    {
        var columns = "CSV columns, in this order: " + string.Join(", ", ScorecardCsv.Columns.Names.Select(c => $"`{c}`")) + ".";
        routes.MapGet("/hubs/{id:guid}/scorecard", GetHubScorecard)
            .WithTags("Scorecards")
            .ToleratesStaleReads()
            .VariesByAccept()
            .WithName(nameof(GetHubScorecard))
            .WithSummary("Get a hub's scorecard for a year")
            .WithDescription("The figures of one hub's year; an unknown hub is 404. It answers for any year from 2020, also before the hub's designation (usually zeros, with its province's innovations and coverage as a baseline).\n\n" + Figures + "\n\n" + columns + " The CSV file is named `rapor-hub-jipp-{year}-{provinceCode}.csv` (a central body's hub: its id instead of the province code).")
            .Produces<HubScorecardDto>(StatusCodes.Status200OK, MediaTypes.Json, MediaTypes.Csv)
            .Produces(StatusCodes.Status304NotModified)
            .WithMetadata(new CsvExampleMetadata(ScorecardCsvExamples.One))
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.NotAcceptable);
        routes.MapGet("/hub-scorecards", ListHubScorecards)
            .WithTags("Scorecards")
            .ToleratesStaleReads()
            .VariesByAccept()
            .WithName(nameof(ListHubScorecards))
            .WithSummary("List every hub's scorecard for a year")
            .WithDescription("One scorecard per hub designated in or before the year (active or not), not paged, in the order of `sort`: `publishedInnovations` (the default), `replicationsCompleted`, `activities`, `agenciesReached` or `coverage` (`regencyCoverage.ratio`), largest first, ties by province code; or `province` (province code, central bodies' hubs last). An unknown `sort` is 400.\n\n" + Figures + "\n\n" + columns + " The CSV file is named `rapor-hub-jipp-{year}.csv`.")
            .Produces<HubScorecardListDto>(StatusCodes.Status200OK, MediaTypes.Json, MediaTypes.Csv)
            .Produces(StatusCodes.Status304NotModified)
            .WithMetadata(new CsvExampleMetadata(ScorecardCsvExamples.List))
            .Refuses(Refusal.Validation, Refusal.NotAcceptable);
        return routes;
    }

    /// <summary>Gets a hub's scorecard for a year.</summary>
    /// <param name="id">The hub's id.</param>
    /// <param name="year">The year, from 2020 to the current year in WIB (UTC+7); the current year when omitted.</param>
    internal static async Task<IResult> GetHubScorecard(Guid id, int? year, HttpContext context, ISender sender, CancellationToken ct)
    {
        var format = ContentNegotiation.Choose(context.Request, MediaTypes.Json, MediaTypes.Csv);
        var scorecard = await sender.Send(new GetHubScorecard(id, year), ct);
        return format == MediaTypes.Csv
            ? Representation.Csv(ScorecardCsv.Columns.ToBytes([scorecard], byteOrderMark: true), $"rapor-hub-jipp-{scorecard.Year}-{scorecard.ProvinceCode ?? scorecard.HubId.ToString()}.csv")
            : Representation.Json(scorecard, context);
    }

    /// <summary>Lists every hub's scorecard for a year.</summary>
    /// <param name="year">The year, from 2020 to the current year in WIB (UTC+7); the current year when omitted.</param>
    /// <param name="sort">The order: publishedInnovations (default), replicationsCompleted, activities, agenciesReached, coverage (largest first, ties by province code) or province.</param>
    internal static async Task<IResult> ListHubScorecards(int? year, EnumQuery<ScorecardSort>? sort, HttpContext context, ISender sender, CancellationToken ct)
    {
        var format = ContentNegotiation.Choose(context.Request, MediaTypes.Json, MediaTypes.Csv);
        var list = await sender.Send(new ListHubScorecards(year, sort.ValueOrNull() ?? ScorecardSort.PublishedInnovations), ct);
        return format == MediaTypes.Csv
            ? Representation.Csv(ScorecardCsv.Columns.ToBytes(list.Items, byteOrderMark: true), $"rapor-hub-jipp-{list.Year}.csv")
            : Representation.Json(list, context);
    }
}

/// <summary>The CSV examples of the OpenAPI document (the JSON ones are in <see cref="OpenApi.OpenApiExamples"/>).</summary>
internal static class ScorecardCsvExamples
{
    private const string Header = "id_hub,nama_hub,kode_provinsi,nama_provinsi,tahun_penetapan,tahun,jumlah_kegiatan,pendampingan,pertukaran_pengetahuan,promosi,forum_replikasi,instansi_terjangkau,replikasi_difasilitasi,replikasi_terverifikasi,replikasi_selesai,median_hari_penyelesaian,inovasi_terbit,inovasi_terbit_tahun_sebelumnya,perubahan_inovasi_terbit,jumlah_kabupaten_kota,kabupaten_kota_tercakup,kabupaten_kota_tercakup_tahun_sebelumnya,rasio_cakupan,rasio_cakupan_tahun_sebelumnya,jumlah_mitra\r\n";

    private const string Jatim = "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e03,Pemerintah Provinsi Jawa Timur,35,Jawa Timur,2020,2025,14,8,3,2,1,21,9,7,5,96.5,412,377,35,38,31,27,0.8158,0.7105,4\r\n";

    public const string One = Header + Jatim;

    public const string List = Header + Jatim
        + "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e08,Pemerintah Provinsi Jawa Tengah,33,Jawa Tengah,2020,2025,9,5,2,2,0,12,4,4,2,120,298,310,-12,35,26,26,0.7429,0.7429,2\r\n"
        + "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e09,Pemerintah Provinsi Gorontalo,75,Gorontalo,2020,2025,3,2,0,1,0,4,0,0,0,,17,12,5,6,3,2,0.5,0.3333,1\r\n";
}
