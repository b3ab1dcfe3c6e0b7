namespace Jipp.Application.OpenData;

/// <summary>Which published innovations an export takes; null takes all.</summary>
/// <param name="ProvinceCode">Only those of agencies in this province (Kemendagri code).</param>
/// <param name="Sector">Only those of this sector code.</param>
/// <param name="PublishedFrom">Only those published on or after this date (UTC).</param>
/// <param name="PublishedTo">Only those published on or before this date (UTC).</param>
public sealed record OpenInnovationsFilter(string? ProvinceCode, string? Sector, DateOnly? PublishedFrom, DateOnly? PublishedTo);

/// <summary>
/// The published innovations as open data, read from the database in constant memory: one ordered query whose rows are
/// handed on as they arrive (Infrastructure implements it with a streaming reader).
/// </summary>
public interface IOpenInnovations
{
    /// <summary>
    /// Opens a read of the published set: a consistent snapshot (from a standby where the request may read one) whose
    /// <see cref="IOpenInnovationsSnapshot.Version"/> is known at once and whose rows are read only when enumerated.
    /// </summary>
    Task<IOpenInnovationsSnapshot> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>One consistent read of the published innovations; disposing it ends the read (and its transaction).</summary>
public interface IOpenInnovationsSnapshot : IAsyncDisposable
{
    /// <summary>
    /// Names the state of the published set in this snapshot: it changes with every publication, archival of a
    /// published innovation and counted replication (the newest change among innovations ever published).
    /// </summary>
    string Version { get; }

    /// <summary>When the published set last changed, if it has any member.</summary>
    DateTimeOffset? LastChanged { get; }

    /// <summary>The rows the filter takes, in id order, read as they are enumerated; enumerate once.</summary>
    IAsyncEnumerable<OpenInnovationRow> ReadAsync(OpenInnovationsFilter filter, CancellationToken cancellationToken);
}
