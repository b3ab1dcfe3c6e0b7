namespace Jipp.Application.OpenData;

/// <summary>Settings of the open data export, bound from <c>Jipp:OpenData</c>.</summary>
public sealed record OpenDataOptions
{
    public const string SectionName = "Jipp:OpenData";

    /// <summary>
    /// <c>Jipp:OpenData:MaxAgeSeconds</c>: how long a cache or a client may reuse an export without asking again
    /// (<c>Cache-Control: public, max-age</c>), 0–3600; revalidation with <c>If-None-Match</c> is cheap.
    /// </summary>
    public int MaxAgeSeconds { get; init; } = 300;

    /// <summary>
    /// <c>Jipp:OpenData:CommandTimeoutSeconds</c>: how long the export's query may wait on the database at once
    /// (Npgsql applies it to each wait for data, so a long export that keeps flowing is never cut), 0 for no limit.
    /// A client that disconnects cancels the query whatever this says.
    /// </summary>
    public int CommandTimeoutSeconds { get; init; } = 600;

    /// <summary><c>Jipp:OpenData:FlushEveryRows</c>: the answer is flushed to the client after this many rows at most.</summary>
    public int FlushEveryRows { get; init; } = 1000;

    internal bool IsValid => MaxAgeSeconds is >= 0 and <= 3600 && CommandTimeoutSeconds is >= 0 and <= 86_400 && FlushEveryRows is >= 1 and <= 100_000;
}
