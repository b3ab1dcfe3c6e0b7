using Jipp.Domain.Agencies;
using Jipp.Domain.Innovations;

namespace Jipp.Application.OpenData;

/// <summary>
/// One published innovation as the open data export gives it: its public content, with the codes of its sector,
/// agency, province and regency and their names joined in. Nothing personal: see <see cref="OpenDataColumns.Excluded"/>.
/// </summary>
public sealed record OpenInnovationRow(
    Guid Id,
    string Title,
    string Summary,
    string Problem,
    string Solution,
    string Impact,
    string SectorCode,
    string SectorNameId,
    string SectorNameEn,
    InnovationForm Form,
    bool Digital,
    MaturityStage MaturityStage,
    DateOnly StartedOn,
    DateOnly? ImplementedOn,
    bool Replicable,
    Guid? ReplicatedFromId,
    int ReplicationCount,
    DateTimeOffset PublishedAt,
    Guid AgencyId,
    string AgencyName,
    AgencyType AgencyType,
    string? ProvinceCode,
    string? ProvinceBpsCode,
    string? ProvinceName,
    string? RegencyCode,
    string? RegencyName,
    Guid? HubId);

/// <summary>Writes one cell of a row in a format (CSV, JSON Lines); a column calls the method of its type.</summary>
public interface IOpenDataCellWriter
{
    void WriteText(string? value);

    void WriteUuid(Guid? value);

    void WriteBoolean(bool value);

    void WriteInteger(int value);

    void WriteDate(DateOnly? value);

    void WriteInstant(DateTimeOffset? value);
}

/// <summary>The types of the columns; <see cref="OpenDataColumn.TypeName"/> names them as Frictionless Table Schema does.</summary>
public enum OpenDataType
{
    Text,
    WholeNumber,
    TrueOrFalse,
    Date,
    Instant,
}

/// <summary>The media types of the export.</summary>
public static class OpenDataMediaTypes
{
    public const string Csv = "text/csv";
    public const string Ndjson = "application/x-ndjson";
}
