using System.Diagnostics;
using System.Globalization;
using Jipp.Bench.Generator;
using Npgsql;

// Loads a registry of a given size into a database the service has migrated (and seeded with its
// reference data): innovations of the 553 agencies in all 32 sectors, with their events, and
// proportionate candidacies and replication requests. Binary COPY; secondary indexes are dropped
// for the load and built again after it.
//
//   Jipp.Bench.Generator --connection "Host=...;Username=postgres;..." --innovations 1000000 [--seed 42] [--out DIR]
//
// The connection must be a superuser's: the load runs with session_replication_role = replica, so
// that foreign-key checks do not fire per row (the data is consistent by construction). Events are
// loaded already positioned, with their write order equal to their position; the write-order sequence
// is set after them at the end.
var options = Options.Parse(args);
var total = Stopwatch.StartNew();
await using var dataSource = NpgsqlDataSource.Create(options.Connection);

var reference = await ReferenceSnapshot.LoadAsync(dataSource);
Console.WriteLine($"[gen] {reference.Agencies.Count} agencies, {reference.Sectors.Count} sectors, {reference.HubByProvince.Count} active hubs");

var registry = Registry.Generate(reference, options.Innovations, options.Seed);
Console.WriteLine($"[gen] generated {registry.Innovations.Length:N0} innovations in memory ({total.Elapsed.TotalSeconds:F1} s)");

var loader = new Loader(dataSource, registry, reference, options.Seed);
await loader.LoadAsync();

if (options.OutDirectory is { } outDirectory)
{
    Directory.CreateDirectory(outDirectory);
    await registry.WriteSamplesAsync(outDirectory, reference);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[gen] done in {total.Elapsed.TotalSeconds:F1} s"));

internal sealed record Options(string Connection, int Innovations, int Seed, string? OutDirectory)
{
    public static Options Parse(string[] args)
    {
        string? connection = null, outDirectory = null;
        int innovations = 1_000_000, seed = 42;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--connection": connection = value; break;
                case "--innovations": innovations = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--out": outDirectory = value; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }

            i++;
        }

        return new Options(connection ?? throw new ArgumentException("--connection is required"), innovations, seed, outDirectory);
    }
}
