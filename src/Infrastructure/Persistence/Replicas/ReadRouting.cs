using Jipp.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Infrastructure.Persistence.Replicas;

/// <summary>
/// The choice of one scope (a request, a statistics computation): the pooled primary context, or a context from the
/// standbys' pool, which the scope returns when it ends. Fixed once the scope's <see cref="IJippDbContext"/> is resolved.
/// </summary>
public sealed class ReadRouting(StandbyDatabase standbys) : IReadRouting, IAsyncDisposable, IDisposable
{
    private JippDbContext? _standbyContext;
    private bool _resolved;

    public bool FromStandby { get; private set; }

    public bool PreferStandby()
    {
        if (!_resolved && standbys.Usable)
        {
            FromStandby = true;
        }

        return FromStandby;
    }

    /// <summary>The scope's <see cref="IJippDbContext"/>.</summary>
    internal IJippDbContext Resolve(IServiceProvider scope)
    {
        _resolved = true;
        return FromStandby ? _standbyContext ??= standbys.CreateContext() : scope.GetRequiredService<JippDbContext>();
    }

    public ValueTask DisposeAsync() => _standbyContext?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>For scopes disposed synchronously (start-up work, document generation); requests dispose asynchronously.</summary>
    public void Dispose() => _standbyContext?.Dispose();
}
