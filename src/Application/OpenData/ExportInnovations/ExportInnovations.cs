using Mediator;

namespace Jipp.Application.OpenData.ExportInnovations;

/// <summary>Every published innovation the filters take, as open data (<see cref="OpenDataColumns"/>), for anyone.</summary>
public sealed record ExportInnovations(string? ProvinceCode, string? Sector, DateOnly? PublishedFrom, DateOnly? PublishedTo) : IQuery<InnovationExport>;

/// <summary>
/// An export ready to be written: its version is known (for the ETag) but no row has been read yet; the rows are read
/// from the database only as <see cref="ReadAsync"/> is enumerated. Dispose it when done.
/// </summary>
public sealed class InnovationExport(IOpenInnovationsSnapshot snapshot, OpenInnovationsFilter filter) : IAsyncDisposable
{
    public OpenInnovationsFilter Filter => filter;

    /// <inheritdoc cref="IOpenInnovationsSnapshot.Version"/>
    public string Version => snapshot.Version;

    /// <inheritdoc cref="IOpenInnovationsSnapshot.LastChanged"/>
    public DateTimeOffset? LastChanged => snapshot.LastChanged;

    public IAsyncEnumerable<OpenInnovationRow> ReadAsync(CancellationToken cancellationToken) => snapshot.ReadAsync(filter, cancellationToken);

    public ValueTask DisposeAsync() => snapshot.DisposeAsync();
}

public sealed class ExportInnovationsHandler(IOpenInnovations innovations) : IQueryHandler<ExportInnovations, InnovationExport>
{
    public async ValueTask<InnovationExport> Handle(ExportInnovations query, CancellationToken cancellationToken)
    {
        var snapshot = await innovations.OpenAsync(cancellationToken);
        return new InnovationExport(snapshot, new OpenInnovationsFilter(query.ProvinceCode, query.Sector, query.PublishedFrom, query.PublishedTo));
    }
}
