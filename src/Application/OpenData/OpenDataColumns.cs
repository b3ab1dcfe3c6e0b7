using System.Collections.Frozen;
using System.Text.Json;
using Jipp.Application.Common.Localization;

namespace Jipp.Application.OpenData;

/// <summary>Where the codes of a column come from, and where to look them up.</summary>
/// <param name="Source">The standard or list the codes follow.</param>
/// <param name="Reference">The route of this API that lists them, if one does.</param>
public sealed record OpenDataCodes(Phrase Source, string? Reference);

/// <summary>
/// One column of the open data export: its name (the CSV header and the JSON member), its type, what it means, where
/// its codes come from, and how a row's value is written. The export and the dictionary both read
/// <see cref="OpenDataColumns.All"/>, so they cannot disagree.
/// </summary>
public sealed class OpenDataColumn
{
    private readonly Action<OpenInnovationRow, IOpenDataCellWriter> _write;

    private OpenDataColumn(string name, OpenDataType type, string? format, bool required, Phrase description, Action<OpenInnovationRow, IOpenDataCellWriter> write)
    {
        Name = name;
        Type = type;
        Format = format;
        Required = required;
        Description = description;
        _write = write;
    }

    public string Name { get; }

    public OpenDataType Type { get; }

    /// <summary>The type as Frictionless Table Schema names it: string, integer, boolean, date or datetime.</summary>
    public string TypeName => Type switch
    {
        OpenDataType.WholeNumber => "integer",
        OpenDataType.TrueOrFalse => "boolean",
        OpenDataType.Date => "date",
        OpenDataType.Instant => "datetime",
        _ => "string",
    };

    /// <summary>A refinement of the type: <c>uuid</c>, or null.</summary>
    public string? Format { get; }

    /// <summary>Whether every row has a value (otherwise an empty CSV field or a JSON null).</summary>
    public bool Required { get; }

    public Phrase Description { get; }

    /// <summary>The only values the column takes, where it is an enumeration.</summary>
    public IReadOnlyList<string>? Values { get; private init; }

    public OpenDataCodes? Codes { get; private init; }

    public void Write(OpenInnovationRow row, IOpenDataCellWriter writer) => _write(row, writer);

    internal static OpenDataColumn Text(string name, Func<OpenInnovationRow, string?> value, Phrase description, bool required = true, OpenDataCodes? codes = null) =>
        new(name, OpenDataType.Text, null, required, description, (row, writer) => writer.WriteText(value(row))) { Codes = codes };

    internal static OpenDataColumn Uuid(string name, Func<OpenInnovationRow, Guid?> value, Phrase description, bool required = true) =>
        new(name, OpenDataType.Text, "uuid", required, description, (row, writer) => writer.WriteUuid(value(row)));

    internal static OpenDataColumn Boolean(string name, Func<OpenInnovationRow, bool> value, Phrase description) =>
        new(name, OpenDataType.TrueOrFalse, null, true, description, (row, writer) => writer.WriteBoolean(value(row)));

    internal static OpenDataColumn Integer(string name, Func<OpenInnovationRow, int> value, Phrase description) =>
        new(name, OpenDataType.WholeNumber, null, true, description, (row, writer) => writer.WriteInteger(value(row)));

    internal static OpenDataColumn Date(string name, Func<OpenInnovationRow, DateOnly?> value, Phrase description, bool required = true) =>
        new(name, OpenDataType.Date, null, required, description, (row, writer) => writer.WriteDate(value(row)));

    internal static OpenDataColumn Instant(string name, Func<OpenInnovationRow, DateTimeOffset?> value, Phrase description) =>
        new(name, OpenDataType.Instant, null, true, description, (row, writer) => writer.WriteInstant(value(row)));

    internal static OpenDataColumn Enumeration<TEnum>(string name, Func<OpenInnovationRow, TEnum> value, Phrase description)
        where TEnum : struct, Enum =>
        new(name, OpenDataType.Text, null, true, description, (row, writer) => writer.WriteText(EnumNames<TEnum>.Of(value(row))))
        {
            Values = EnumNames<TEnum>.All,
        };

    /// <summary>The camelCase names of an enumeration's values, as the JSON of the API writes them, computed once.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>()
            .ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

        public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<TEnum>().Select(v => Names[v])];

        public static string Of(TEnum value) => Names[value];
    }
}

/// <summary>The columns of <c>GET /open-data/innovations</c>, in their order, and the fields deliberately left out.</summary>
public static class OpenDataColumns
{
    /// <summary>
    /// Changes whenever the columns change (a new column, another order), so that an ETag of an export in an older
    /// layout never matches a newer one.
    /// </summary>
    public const string LayoutVersion = "1";

    private static readonly OpenDataCodes RegionCodes = new(
        new(
            "Kemendagri region code (kode wilayah administrasi pemerintahan) under Permendagri 72/2019 as amended, in the edition of Kepmendagri 300.2.2-2138/2025 that the service's reference data follow: provinces two digits (\"35\"), regencies and cities PP.KK (kabupaten 01–69, kota 71–99, \"35.78\").",
            "Kode wilayah administrasi pemerintahan Kemendagri menurut Permendagri 72/2019 beserta perubahannya, dalam edisi Kepmendagri 300.2.2-2138/2025 yang diikuti data referensi layanan ini: provinsi dua digit (\"35\"), kabupaten/kota PP.KK (kabupaten 01–69, kota 71–99, \"35.78\")."),
        "/api/v1/provinces");

    public static IReadOnlyList<OpenDataColumn> All { get; } =
    [
        OpenDataColumn.Uuid("id", r => r.Id, new("The innovation's identifier, as GET /api/v1/innovations/{id} knows it.", "Pengenal inovasi, sama dengan pada GET /api/v1/innovations/{id}.")),
        OpenDataColumn.Text("title", r => r.Title, new("The innovation's name.", "Nama inovasi.")),
        OpenDataColumn.Text("summary", r => r.Summary, new("A short description.", "Ringkasan inovasi.")),
        OpenDataColumn.Text("problem", r => r.Problem, new("The problem the innovation answers.", "Permasalahan yang dijawab inovasi.")),
        OpenDataColumn.Text("solution", r => r.Solution, new("How the innovation solves it.", "Cara inovasi menyelesaikan permasalahan.")),
        OpenDataColumn.Text("impact", r => r.Impact, new("The impact reported by the agency.", "Dampak yang dilaporkan instansi.")),
        OpenDataColumn.Text(
            "sectorCode",
            r => r.SectorCode,
            new("The government affair (urusan pemerintahan) of the innovation, one of the 32 codes of the service's sector list.", "Urusan pemerintahan inovasi, salah satu dari 32 kode daftar sektor layanan ini."),
            codes: new(new("The 32 concurrent government affairs of UU 23/2014 Art. 12, coded by the service (the values of this column's `values`).", "32 urusan pemerintahan konkuren UU 23/2014 Pasal 12, dengan kode layanan ini (nilai pada `values` kolom ini)."), "/api/v1/sectors")),
        OpenDataColumn.Text("sectorNameId", r => r.SectorNameId, new("The sector's name in Indonesian, as in UU 23/2014.", "Nama sektor dalam bahasa Indonesia, sesuai UU 23/2014.")),
        OpenDataColumn.Text("sectorNameEn", r => r.SectorNameEn, new("The sector's name in English.", "Nama sektor dalam bahasa Inggris.")),
        OpenDataColumn.Enumeration("form", r => r.Form, new("The form (bentuk inovasi): publicService (pelayanan publik), governance (tata kelola pemerintahan) or other.", "Bentuk inovasi: publicService (pelayanan publik), governance (tata kelola pemerintahan) atau other (lainnya).")),
        OpenDataColumn.Boolean("digital", r => r.Digital, new("Whether the innovation is digital.", "Apakah inovasi berbasis digital.")),
        OpenDataColumn.Enumeration("maturityStage", r => r.MaturityStage, new("The stage (tahapan) of Kemendagri's regional-innovation instrument: initiative (inisiatif), trial (uji coba) or implementation (penerapan).", "Tahapan inovasi menurut instrumen inovasi daerah Kemendagri: initiative (inisiatif), trial (uji coba) atau implementation (penerapan).")),
        OpenDataColumn.Date("startedOn", r => r.StartedOn, new("When the innovation started, as the agency reports it.", "Tanggal inovasi dimulai, menurut instansi.")),
        OpenDataColumn.Date("implementedOn", r => r.ImplementedOn, new("When it was put into practice, if it has been.", "Tanggal inovasi diterapkan, bila sudah."), required: false),
        OpenDataColumn.Boolean("replicable", r => r.Replicable, new("Whether the owner agency is willing to have it replicated (POST /api/v1/replication-requests).", "Apakah instansi pemilik bersedia inovasinya direplikasi (POST /api/v1/replication-requests).")),
        OpenDataColumn.Uuid("replicatedFromId", r => r.ReplicatedFromId, new("The innovation this one adapts, when it came from a completed replication (it may be unpublished, and then absent from the export).", "Inovasi yang diadaptasi oleh inovasi ini, bila berasal dari replikasi yang selesai (inovasi asal bisa belum terbit sehingga tidak ada di ekspor)."), required: false),
        OpenDataColumn.Integer("replicationCount", r => r.ReplicationCount, new("How many completed replications adapted this innovation.", "Jumlah replikasi selesai yang mengadaptasi inovasi ini.")),
        OpenDataColumn.Instant("publishedAt", r => r.PublishedAt, new("When it was verified and published, UTC (ISO 8601 with Z).", "Waktu inovasi diverifikasi dan diterbitkan, UTC (ISO 8601 dengan Z).")),
        OpenDataColumn.Uuid("agencyId", r => r.AgencyId, new("The owner agency, as GET /api/v1/agencies/{id} knows it.", "Instansi pemilik, sama dengan pada GET /api/v1/agencies/{id}.")),
        OpenDataColumn.Text("agencyName", r => r.AgencyName, new("The owner agency's name.", "Nama instansi pemilik.")),
        OpenDataColumn.Enumeration("agencyType", r => r.AgencyType, new("The kind of agency: ministry (kementerian), agency (lembaga), provincialGovernment, regencyGovernment, cityGovernment (pemerintah provinsi, kabupaten, kota), stateOwnedEnterprise (BUMN), regionOwnedEnterprise (BUMD), university (perguruan tinggi), other.", "Jenis instansi: ministry (kementerian), agency (lembaga), provincialGovernment, regencyGovernment, cityGovernment (pemerintah provinsi, kabupaten, kota), stateOwnedEnterprise (BUMN), regionOwnedEnterprise (BUMD), university (perguruan tinggi), other (lainnya).")),
        OpenDataColumn.Text("provinceCode", r => r.ProvinceCode, new("The owner agency's province, Kemendagri code; empty for a central body.", "Provinsi instansi pemilik, kode Kemendagri; kosong untuk instansi pusat."), required: false, codes: RegionCodes),
        OpenDataColumn.Text(
            "provinceBpsCode",
            r => r.ProvinceBpsCode,
            new("The same province's code of Statistics Indonesia (BPS). It equals the Kemendagri code except for the six Papua provinces, where the same two digits name different provinces (Kemendagri 91 Papua is BPS 94): join on the code set you mean.", "Kode BPS provinsi yang sama. Sama dengan kode Kemendagri kecuali untuk enam provinsi Papua, yang dua digit yang sama menunjuk provinsi berbeda (Kemendagri 91 Papua adalah BPS 94): gabungkan data menurut himpunan kode yang dimaksud."),
            required: false,
            codes: new(new("Badan Pusat Statistik's province code (kode wilayah BPS), as the service's reference data carry it (bpsCode of GET /api/v1/provinces).", "Kode provinsi Badan Pusat Statistik (kode wilayah BPS), sebagaimana dalam data referensi layanan ini (bpsCode pada GET /api/v1/provinces)."), "/api/v1/provinces")),
        OpenDataColumn.Text("provinceName", r => r.ProvinceName, new("The province's name.", "Nama provinsi."), required: false),
        OpenDataColumn.Text("regencyCode", r => r.RegencyCode, new("The owner agency's regency (kabupaten) or city (kota), Kemendagri code PP.KK; empty for a provincial or central body.", "Kabupaten atau kota instansi pemilik, kode Kemendagri PP.KK; kosong untuk instansi provinsi atau pusat."), required: false, codes: RegionCodes with { Reference = "/api/v1/provinces/{code}/regencies" }),
        OpenDataColumn.Text("regencyName", r => r.RegencyName, new("The regency's or city's name (with Kabupaten or Kota).", "Nama kabupaten atau kota (dengan Kabupaten atau Kota)."), required: false),
        OpenDataColumn.Uuid("hubId", r => r.HubId, new("The Hub JIPP of the province when the innovation was registered, as GET /api/v1/hubs/{id} knows it; empty where there was none.", "Hub JIPP provinsi saat inovasi didaftarkan, sama dengan pada GET /api/v1/hubs/{id}; kosong bila tidak ada."), required: false),
    ];

    /// <summary>
    /// What the registry holds about an innovation but the export leaves out, and why: personal data (UU 27/2022) and
    /// what is not public content.
    /// </summary>
    public static IReadOnlyList<(string Field, Phrase Reason)> Excluded { get; } =
    [
        ("lastVerificationNotes", new("The verifier's notes: free text written by an official, which may name people; personal data is never exported.", "Catatan verifikator: teks bebas yang ditulis pejabat dan dapat menyebut nama orang; data pribadi tidak pernah diekspor.")),
        ("audit trail and API clients", new("Who registered, submitted, verified or archived an innovation (API client ids, keys, trace ids) is never exported.", "Siapa yang mendaftarkan, mengajukan, memverifikasi, atau mengarsipkan inovasi (id klien API, kunci, trace id) tidak pernah diekspor.")),
        ("contact persons", new("The registry keeps no contact person of an innovation; the officials named in hub candidacies (bureaucracy liaison) are not part of this data set.", "Registri tidak menyimpan narahubung inovasi; pejabat yang disebut dalam pencalonan hub (penghubung birokrasi) bukan bagian dari data set ini.")),
        ("evidenceLinks", new("Links given by the agency, stored but never checked or fetched by the service; they may point to documents with personal data.", "Tautan dari instansi yang disimpan tetapi tidak pernah diperiksa atau diambil layanan ini; tautan itu dapat mengarah ke dokumen berisi data pribadi.")),
        ("unitName, novelty", new("Not part of the open data columns; GET /api/v1/innovations/{id} shows them for a published innovation.", "Tidak termasuk kolom data terbuka; GET /api/v1/innovations/{id} menampilkannya untuk inovasi yang terbit.")),
        ("state, createdAt, updatedAt, submittedAt", new("Every exported innovation is published; its working dates are not exported.", "Semua inovasi yang diekspor berstatus terbit; tanggal proses kerjanya tidak diekspor.")),
    ];
}
