using CsvHelper;

namespace Jipp.Api.Representations;

/// <summary>
/// The API's CSV dialect (RFC 4180, CsvHelper's defaults): comma-separated, CRLF line ends, fields quoted only when
/// needed, numbers in the invariant culture (a decimal point) so that any spreadsheet locale reads them the same way,
/// null as an empty field, UTF-8, and text that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c> first) escaped with a leading <c>'</c>.
/// </summary>
public static class Csv
{
    /// <summary>The <c>Content-Type</c> of CSV answers (RFC 4180, RFC 7111's <c>header</c> parameter).</summary>
    public const string ContentType = MediaTypes.Csv + "; charset=utf-8; header=present";

    /// <summary>
    /// Options for <see cref="CsvWriter.Create(Stream, CsvWriterOptions?, bool)"/>. <paramref name="byteOrderMark"/>: start
    /// with a UTF-8 byte order mark, without which Excel reads UTF-8 as the local code page (for documents a person opens;
    /// leave it out for streams that programs read).
    /// </summary>
    public static CsvWriterOptions Options(bool byteOrderMark) => CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = byteOrderMark,
    };

    /// <summary>A <c>Content-Disposition</c> that saves the answer as <paramref name="fileName"/> (RFC 6266).</summary>
    public static string Attachment(string fileName) =>
        new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
}

/// <summary>
/// The columns of a CSV answer of <typeparamref name="T"/> rows: each a name for the header and how to write its field,
/// in order. Built once per row type; writes whole documents (<see cref="ToBytes"/>) or a header and records to a
/// writer the caller streams with (<see cref="WriteHeader"/>, <see cref="WriteRecord"/>).
/// </summary>
public sealed class CsvColumns<T>
{
    private readonly List<(string Name, Action<CsvWriter, T> Write)> _columns = [];

    public IReadOnlyList<string> Names => [.. _columns.Select(c => c.Name)];

    public CsvColumns<T> Text(string name, Func<T, string?> value) => Add(name, (csv, row) => csv.WriteField(value(row)));

    public CsvColumns<T> Value<TValue>(string name, Func<T, TValue> value)
        where TValue : struct, IUtf8SpanFormattable =>
        Add(name, (csv, row) => csv.WriteField(value(row), default));

    /// <summary>A value that may be missing: null is an empty field.</summary>
    public CsvColumns<T> Optional<TValue>(string name, Func<T, TValue?> value)
        where TValue : struct, IUtf8SpanFormattable =>
        Add(name, (csv, row) => csv.WriteField(value(row), default));

    public void WriteHeader(CsvWriter csv) => csv.WriteHeader([.. _columns.Select(c => c.Name)]);

    public void WriteRecord(CsvWriter csv, T row)
    {
        foreach (var (_, write) in _columns)
        {
            write(csv, row);
        }

        csv.EndRecord();
    }

    /// <summary>A whole document: the header, then one record per row; for answers small enough to buffer.</summary>
    public byte[] ToBytes(IEnumerable<T> rows, bool byteOrderMark)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Csv.Options(byteOrderMark), leaveOpen: true))
        {
            WriteHeader(csv);
            foreach (var row in rows)
            {
                WriteRecord(csv, row);
            }
        }

        return buffer.ToArray();
    }

    private CsvColumns<T> Add(string name, Action<CsvWriter, T> write)
    {
        _columns.Add((name, write));
        return this;
    }
}
