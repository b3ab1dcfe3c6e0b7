using System.Collections.Frozen;
using Jipp.Application.Common.Interfaces;
using Npgsql;

namespace Jipp.Infrastructure.Persistence;

/// <summary>
/// Reads the reference codes once, on first use (after the start-up seeding), and answers from memory from then on.
/// A failed read is not kept: the next caller tries again.
/// </summary>
public sealed class ReferenceCodes(NpgsqlDataSource dataSource) : IReferenceCodes
{
    private Task<Snapshot>? _snapshot;

    public async ValueTask<bool> IsProvinceAsync(string code, CancellationToken cancellationToken) => (await GetAsync(cancellationToken)).Provinces.Contains(code);

    public async ValueTask<bool> IsRegencyAsync(string code, CancellationToken cancellationToken) => (await GetAsync(cancellationToken)).Regencies.Contains(code);

    public async ValueTask<bool> IsSectorAsync(string code, CancellationToken cancellationToken) => (await GetAsync(cancellationToken)).Sectors.Contains(code);

    private async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is { IsCompletedSuccessfully: true })
        {
            return snapshot.Result;
        }

        if (snapshot is null || snapshot.IsFaulted || snapshot.IsCanceled)
        {
            var load = LoadAsync();
            snapshot = Interlocked.CompareExchange(ref _snapshot, load, snapshot) == snapshot ? load : _snapshot!;
        }

        try
        {
            return await snapshot.WaitAsync(cancellationToken);
        }
        catch when (snapshot.IsFaulted)
        {
            _ = Interlocked.CompareExchange(ref _snapshot, null, snapshot);
            throw;
        }
    }

    // Not tied to one caller's cancellation: callers that wait together share the read.
    private async Task<Snapshot> LoadAsync()
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT code FROM provinces"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT code FROM regencies"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT code FROM sectors"));
        await using var reader = await batch.ExecuteReaderAsync();
        var sets = new List<FrozenSet<string>>(3);
        do
        {
            var codes = new List<string>();
            while (await reader.ReadAsync())
            {
                codes.Add(reader.GetString(0));
            }

            sets.Add(codes.ToFrozenSet(StringComparer.Ordinal));
        }
        while (await reader.NextResultAsync());

        return new Snapshot(sets[0], sets[1], sets[2]);
    }

    private sealed record Snapshot(FrozenSet<string> Provinces, FrozenSet<string> Regencies, FrozenSet<string> Sectors);
}
