using Jipp.Application.Common.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Jipp.Infrastructure.Concurrency;

/// <summary>
/// Honours <c>If-Match</c> on the resource a request changes: the aggregate whose key is the
/// route's <c>id</c> (or <c>year</c>). A stale ETag is refused before anything is written; a
/// change racing in between is caught by the row version (xmin) in the UPDATE itself.
/// </summary>
public sealed class IfMatchInterceptor(IHttpContextAccessor accessor, IConfiguration configuration) : SaveChangesInterceptor
{
    public const string VersionProperty = "Version";
    public const string RequireIfMatchSetting = "Jipp:RequireIfMatch";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>Whether one of the <c>If-Match</c> entity tags is the strong tag of <paramref name="version"/>.</summary>
    public static bool Matches(StringValues ifMatch, uint version)
    {
        var current = $"\"{version}\"";
        return ifMatch
            .SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Any(tag => tag == "*" || tag == current);
    }

    private void Check(DbContext? context)
    {
        var http = accessor.HttpContext;
        if (context is null || http is null || HttpMethods.IsGet(http.Request.Method))
        {
            return;
        }

        var key = (http.GetRouteValue("id") ?? http.GetRouteValue("year"))?.ToString();
        if (key is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Modified or EntityState.Deleted && IsTarget(e, key)))
        {
            var ifMatch = http.Request.Headers.IfMatch;
            if (ifMatch.Count == 0)
            {
                if (configuration.GetValue(RequireIfMatchSetting, false))
                {
                    throw new PreconditionRequiredException();
                }

                continue;
            }

            if (!Matches(ifMatch, (uint)entry.Property(VersionProperty).OriginalValue!))
            {
                throw new PreconditionFailedException();
            }
        }
    }

    private static bool IsTarget(EntityEntry entry, string key)
    {
        if (entry.Metadata.FindProperty(VersionProperty) is null || entry.Metadata.FindPrimaryKey() is not { Properties: [var keyProperty] })
        {
            return false;
        }

        return string.Equals(entry.Property(keyProperty.Name).CurrentValue?.ToString(), key, StringComparison.OrdinalIgnoreCase);
    }
}
