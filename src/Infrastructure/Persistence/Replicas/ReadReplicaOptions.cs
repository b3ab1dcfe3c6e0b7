using System.ComponentModel.DataAnnotations;

namespace Jipp.Infrastructure.Persistence.Replicas;

/// <summary><c>Jipp:ReadReplicas</c>: how stale a read from a standby may be, and how reads follow a client's writes.</summary>
public sealed class ReadReplicaOptions
{
    public const string Section = "Jipp:ReadReplicas";

    /// <summary>
    /// Reads go to the standbys only while every standby that answers is at most this far behind the primary (measured
    /// every <see cref="LagCheckSeconds"/>); otherwise, and while no standby answers, to the primary.
    /// </summary>
    [Range(1, 300)]
    public int MaxLagSeconds { get; set; } = 5;

    /// <summary>How often the standbys' replay lag is measured (also the <c>jipp.replica.lag</c> gauge).</summary>
    [Range(1, 60)]
    public int LagCheckSeconds { get; set; } = 2;

    /// <summary>
    /// After a client's successful write, its reads go to the primary for this long, so that it reads its own writes;
    /// longer than <see cref="MaxLagSeconds"/> plus <see cref="LagCheckSeconds"/>.
    /// </summary>
    [Range(1, 600)]
    public int PrimaryAfterWriteSeconds { get; set; } = 10;

    internal bool IsValid => PrimaryAfterWriteSeconds > MaxLagSeconds + LagCheckSeconds;
}
