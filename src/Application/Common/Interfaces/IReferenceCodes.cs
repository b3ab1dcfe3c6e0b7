namespace Jipp.Application.Common.Interfaces;

/// <summary>
/// The codes of the reference data (provinces, regencies and cities, sectors). No route changes them (they are seeded
/// at start), so they are read once and kept in memory: a filter or a field that names one is checked without a query.
/// </summary>
public interface IReferenceCodes
{
    ValueTask<bool> IsProvinceAsync(string code, CancellationToken cancellationToken);

    ValueTask<bool> IsRegencyAsync(string code, CancellationToken cancellationToken);

    ValueTask<bool> IsSectorAsync(string code, CancellationToken cancellationToken);
}
