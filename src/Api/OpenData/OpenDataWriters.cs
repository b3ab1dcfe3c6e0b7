using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using CsvHelper;
using Jipp.Application.OpenData;

namespace Jipp.Api.OpenData;

/// <summary>
/// Writes the export's rows to the response as they come from the database, flushing at least every
/// <see cref="OpenDataOptions.FlushEveryRows"/> rows (and whenever a buffer fills), so that memory stays constant and
/// the client sees bytes from the first rows on.
/// </summary>
public static class OpenDataWriters
{
    /// <summary>Flushes JSON Lines when this much waits unsent, whatever the row count.</summary>
    private const int FlushBytes = 64 * 1024;

    /// <summary>CSV per RFC 4180 (CsvHelper's defaults): UTF-8 without BOM, CRLF, a header row, quotes only where a field needs them.</summary>
    public static async Task WriteCsvAsync(Stream body, IReadOnlyList<OpenDataColumn> columns, IAsyncEnumerable<OpenInnovationRow> rows, int flushEveryRows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.EndRecordAsync(cancellationToken);
        var cells = new CsvCells(csv);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in columns)
            {
                column.Write(row, cells);
            }

            // Writes out its 64 KiB buffer whenever it is mostly full; the flush below bounds the wait of a slow query.
            await csv.EndRecordAsync(cancellationToken);
            if (++count % flushEveryRows == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>JSON Lines: one object per row, members in the columns' order, LF after each.</summary>
    public static async Task WriteNdjsonAsync(PipeWriter body, IReadOnlyList<OpenDataColumn> columns, IAsyncEnumerable<OpenInnovationRow> rows, int flushEveryRows, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { SkipValidation = true });
        var cells = new JsonCells(json);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            foreach (var column in columns)
            {
                cells.Name = column.Name;
                column.Write(row, cells);
            }

            json.WriteEndObject();
            json.Flush();
            body.GetSpan(1)[0] = (byte)'\n';
            body.Advance(1);
            json.Reset();
            if (++count % flushEveryRows == 0 || (body.CanGetUnflushedBytes && body.UnflushedBytes >= FlushBytes))
            {
                await body.FlushAsync(cancellationToken);
            }
        }

        await body.FlushAsync(cancellationToken);
    }

    /// <summary>The text of an instant, as the API's JSON writes it (UTC with Z).</summary>
    internal static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    internal static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class CsvCells(CsvWriter csv) : IOpenDataCellWriter
    {
        public void WriteText(string? value) => csv.WriteField(value);

        public void WriteUuid(Guid? value) => csv.WriteField(value?.ToString("D") ?? string.Empty);

        public void WriteBoolean(bool value) => csv.WriteField(value ? "true" : "false");

        public void WriteInteger(int value) => csv.WriteField(value.ToString(CultureInfo.InvariantCulture));

        public void WriteDate(DateOnly? value) => csv.WriteField(value is { } date ? Date(date) : string.Empty);

        public void WriteInstant(DateTimeOffset? value) => csv.WriteField(value is { } at ? Instant(at) : string.Empty);
    }

    private sealed class JsonCells(Utf8JsonWriter json) : IOpenDataCellWriter
    {
        public string Name { get; set; } = string.Empty;

        public void WriteText(string? value)
        {
            if (value is null)
            {
                json.WriteNull(Name);
            }
            else
            {
                json.WriteString(Name, value);
            }
        }

        public void WriteUuid(Guid? value)
        {
            if (value is { } id)
            {
                json.WriteString(Name, id);
            }
            else
            {
                json.WriteNull(Name);
            }
        }

        public void WriteBoolean(bool value) => json.WriteBoolean(Name, value);

        public void WriteInteger(int value) => json.WriteNumber(Name, value);

        public void WriteDate(DateOnly? value) => WriteText(value is { } date ? Date(date) : null);

        public void WriteInstant(DateTimeOffset? value) => WriteText(value is { } at ? Instant(at) : null);
    }
}
