namespace Jipp.Application.Common.Interfaces;

/// <summary>
/// Which database the <see cref="IJippDbContext"/> of the current scope reads: the primary (the default, and always for
/// commands), or a standby, for reads that tolerate a few seconds of staleness
/// (docs/adr/0024-state-shared-between-instances-and-reads-from-standbys.md).
/// </summary>
public interface IReadRouting
{
    /// <summary>Whether this scope reads from a standby.</summary>
    bool FromStandby { get; }

    /// <summary>
    /// Lets this scope read from a standby: only where standbys are configured and close enough behind the primary, and
    /// only before the scope's <see cref="IJippDbContext"/> was first used; otherwise the scope stays on the primary.
    /// </summary>
    /// <returns>Whether the scope now reads from a standby.</returns>
    bool PreferStandby();
}
