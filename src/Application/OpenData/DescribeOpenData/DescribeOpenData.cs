using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.OpenData.DescribeOpenData;

/// <summary>The data dictionary of the open data export, generated from the same column definitions the export writes.</summary>
public sealed record DescribeOpenData : IQuery<OpenDataDictionaryDto>;

/// <summary>What the export is, who publishes it, on what terms, in which formats, and what each column means.</summary>
/// <param name="Name">The data set's machine name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Description">What it holds.</param>
/// <param name="Publisher">Who publishes it.</param>
/// <param name="Path">Where to download it.</param>
/// <param name="License">The licence or terms of use; null while none is set.</param>
/// <param name="LicenseNote">What applies while no licence is set, or a note on it.</param>
/// <param name="UpdateFrequency">How often it changes: <c>live</c>, every download reads the registry as it stands.</param>
/// <param name="UpdateNote">What live means here.</param>
/// <param name="Encoding">The character encoding of both formats.</param>
/// <param name="LayoutVersion">Changes when the columns change.</param>
/// <param name="Formats">The media types it is served in (content negotiation with Accept).</param>
/// <param name="Filters">The query parameters that narrow it.</param>
/// <param name="Fields">The columns, in their order (the CSV header and the JSON members).</param>
/// <param name="ExcludedFields">What the registry holds but the export leaves out, and why.</param>
public sealed record OpenDataDictionaryDto(
    string Name,
    string Title,
    string Description,
    string Publisher,
    string Path,
    string? License,
    string LicenseNote,
    string UpdateFrequency,
    string UpdateNote,
    string Encoding,
    string LayoutVersion,
    IReadOnlyList<OpenDataFormatDto> Formats,
    IReadOnlyList<OpenDataFilterDto> Filters,
    IReadOnlyList<OpenDataFieldDto> Fields,
    IReadOnlyList<OpenDataExcludedFieldDto> ExcludedFields);

/// <param name="MediaType">The value to send in Accept.</param>
/// <param name="Description">How the rows are written in it.</param>
public sealed record OpenDataFormatDto(string MediaType, string Description);

/// <param name="Name">The query parameter.</param>
/// <param name="Description">What it keeps.</param>
public sealed record OpenDataFilterDto(string Name, string Description);

/// <summary>One column.</summary>
/// <param name="Name">The CSV header and the JSON member.</param>
/// <param name="Type">string, integer, boolean, date (ISO 8601, yyyy-MM-dd) or datetime (UTC, ISO 8601 with Z), as Frictionless Table Schema names them.</param>
/// <param name="Format">A refinement of the type (uuid), if any.</param>
/// <param name="Required">Whether every row has a value; otherwise an empty CSV field or a JSON null.</param>
/// <param name="Description">What it means.</param>
/// <param name="Values">The only values it takes, where it is an enumeration.</param>
/// <param name="Codes">Where its codes come from, where it holds codes.</param>
public sealed record OpenDataFieldDto(string Name, string Type, string? Format, bool Required, string Description, IReadOnlyList<string>? Values, OpenDataCodesDto? Codes);

/// <param name="Source">The standard the codes follow.</param>
/// <param name="Reference">The route of this API that lists them with their names.</param>
/// <param name="Values">The codes with their names, where the list is short enough to give here.</param>
public sealed record OpenDataCodesDto(string Source, string? Reference, IReadOnlyList<OpenDataCodeDto>? Values);

/// <param name="Code">The code.</param>
/// <param name="NameId">Its name in Indonesian.</param>
/// <param name="NameEn">Its name in English.</param>
public sealed record OpenDataCodeDto(string Code, string NameId, string NameEn);

/// <param name="Field">The field (or kind of data) left out.</param>
/// <param name="Reason">Why.</param>
public sealed record OpenDataExcludedFieldDto(string Field, string Reason);

public sealed class DescribeOpenDataHandler(IJippDbContext db) : IQueryHandler<DescribeOpenData, OpenDataDictionaryDto>
{
    public const string Path = "/api/v1/open-data/innovations";

    private static readonly Phrase Title = new("Public-service innovations of the JIPP network (published)", "Inovasi pelayanan publik Jaringan Inovasi Pelayanan Publik (JIPP) yang terbit");
    private static readonly Phrase Description = new(
        "Every public-service innovation registered in JIPP and published after verification by KemenPANRB or a Hub JIPP, with its sector, owner agency and region by their standard codes and names. Drafts, submissions, returned and archived innovations are never included. Published in the spirit of Satu Data Indonesia (Perpres 39/2019): standard reference codes, metadata (this dictionary) and interoperable formats.",
        "Seluruh inovasi pelayanan publik yang terdaftar di JIPP dan diterbitkan setelah diverifikasi KemenPANRB atau Hub JIPP, dengan sektor, instansi pemilik, dan wilayahnya menurut kode baku beserta namanya. Draf, inovasi yang diajukan, dikembalikan, dan diarsipkan tidak pernah disertakan. Diterbitkan dengan semangat Satu Data Indonesia (Perpres 39/2019): kode referensi baku, metadata (kamus data ini), dan format yang interoperabel.");
    private static readonly Phrase Publisher = new("KemenPANRB (Ministry of Administrative and Bureaucratic Reform), Deputy for Public Services", "Kementerian PANRB, Deputi Bidang Pelayanan Publik");
    private static readonly Phrase LicenseNote = new(
        "No licence or terms of use has been set for this data set yet; ask the publisher before reuse that a licence would govern.",
        "Belum ada lisensi atau ketentuan penggunaan yang ditetapkan untuk data set ini; tanyakan kepada penerbit sebelum menggunakan kembali data ini untuk keperluan yang memerlukan lisensi.");
    private static readonly Phrase UpdateNote = new(
        "Every download reads the registry as it stands (possibly from a read replica a few seconds behind); the ETag changes when the published set changes, so a client revalidates cheaply with If-None-Match.",
        "Setiap unduhan membaca registri sebagaimana adanya (mungkin dari replika baca yang tertinggal beberapa detik); ETag berubah bila himpunan inovasi terbit berubah, sehingga klien dapat memeriksa ulang dengan murah melalui If-None-Match.");
    private static readonly Phrase Csv = new(
        "CSV per RFC 4180: UTF-8 without byte order mark, comma-separated, CRLF line ends, a header row of the column names, fields with commas, quotes or line breaks enclosed in double quotes (quotes doubled); an absent value is an empty field; booleans true/false; dates yyyy-MM-dd; instants ISO 8601 UTC with Z. The default when Accept is absent or */*.",
        "CSV menurut RFC 4180: UTF-8 tanpa byte order mark, dipisahkan koma, akhir baris CRLF, baris judul berisi nama kolom, isian yang mengandung koma, tanda kutip, atau pindah baris diapit tanda kutip ganda (tanda kutip digandakan); nilai kosong berupa isian kosong; boolean true/false; tanggal yyyy-MM-dd; waktu ISO 8601 UTC dengan Z. Format bawaan bila Accept tidak ada atau */*.");
    private static readonly Phrase Ndjson = new(
        "JSON Lines (newline-delimited JSON): one JSON object per innovation per line (LF), UTF-8, members named and ordered as the columns, null for an absent value.",
        "JSON Lines (JSON dipisahkan baris baru): satu objek JSON per inovasi per baris (LF), UTF-8, anggota dinamai dan diurutkan seperti kolom, null untuk nilai kosong.");

    private static readonly IReadOnlyList<(string Name, Phrase Description)> FilterDescriptions =
    [
        ("provinceCode", new("Only innovations of agencies in this province (Kemendagri code, \"35\").", "Hanya inovasi instansi di provinsi ini (kode Kemendagri, \"35\").")),
        ("sector", new("Only innovations of this sector code (GET /api/v1/sectors).", "Hanya inovasi dengan kode sektor ini (GET /api/v1/sectors).")),
        ("publishedFrom", new("Only innovations published on or after this date (UTC).", "Hanya inovasi yang terbit pada atau setelah tanggal ini (UTC).")),
        ("publishedTo", new("Only innovations published on or before this date (UTC).", "Hanya inovasi yang terbit pada atau sebelum tanggal ini (UTC).")),
    ];

    public async ValueTask<OpenDataDictionaryDto> Handle(DescribeOpenData query, CancellationToken cancellationToken)
    {
        var sectors = await db.Sectors.AsNoTracking()
            .OrderBy(s => s.Position)
            .Select(s => new OpenDataCodeDto(s.Code, s.NameId, s.Name))
            .ToListAsync(cancellationToken);

        var fields = OpenDataColumns.All.Select(c => new OpenDataFieldDto(
            c.Name,
            c.TypeName,
            c.Format,
            c.Required,
            c.Description.Text,
            c.Values,
            c.Codes is { } codes ? new OpenDataCodesDto(codes.Source.Text, codes.Reference, c.Name == "sectorCode" ? sectors : null) : null)).ToList();

        return new OpenDataDictionaryDto(
            "jipp-innovations",
            Title.Text,
            Description.Text,
            Publisher.Text,
            Path,
            License: null,
            LicenseNote.Text,
            "live",
            UpdateNote.Text,
            "UTF-8",
            OpenDataColumns.LayoutVersion,
            [new(OpenDataMediaTypes.Csv, Csv.Text), new(OpenDataMediaTypes.Ndjson, Ndjson.Text)],
            [.. FilterDescriptions.Select(f => new OpenDataFilterDto(f.Name, f.Description.Text))],
            fields,
            [.. OpenDataColumns.Excluded.Select(e => new OpenDataExcludedFieldDto(e.Field, e.Reason.Text))]);
    }
}
