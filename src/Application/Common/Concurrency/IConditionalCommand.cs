namespace Jipp.Application.Common.Concurrency;

/// <summary>
/// A command that changes one versioned resource (an innovation, a candidacy, a replication request, a hub or a
/// cohort policy), carrying the caller's <c>If-Match</c> as the endpoint read it. The unit of work holds the
/// change against it before anything is written: a stale tag is refused with 412 (after the use case's own
/// refusals, as HTTP says preconditions come after them), and a change racing in between fails on the row's
/// version in the UPDATE itself.
/// </summary>
public interface IConditionalCommand
{
    /// <summary>The key of the resource the command changes (its id, or a cohort's year).</summary>
    object Target { get; }

    /// <summary>The <c>If-Match</c> header as sent: entity tags separated by commas, or <c>*</c>; null when absent.</summary>
    string? IfMatch { get; }
}

/// <summary>Strong entity tags of versioned resources: <c>"&lt;version&gt;"</c>.</summary>
public static class EntityTags
{
    public static string Of(int version) => $"\"{version}\"";

    /// <summary>Whether one of the tags of an <c>If-Match</c> value is <c>*</c> or the tag of <paramref name="version"/>.</summary>
    public static bool Matches(string ifMatch, int version)
    {
        var current = Of(version);
        return ifMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(tag => tag == "*" || tag == current);
    }
}
