using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Querying;
using Jipp.Application.Common.Records;
using Jipp.Domain.Agencies;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Regions;
using Jipp.Domain.Replications;
using Jipp.Domain.Sectors;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Infrastructure.Persistence;

public sealed class JippDbContext(DbContextOptions<JippDbContext> options) : DbContext(options), IJippDbContext
{
    /// <summary>
    /// The services of the scope (request) that holds this context, for the interceptors. Contexts are
    /// pooled, so this is set each time one is handed to a scope; null outside DI (design time).
    /// </summary>
    public IServiceProvider? RequestServices { get; private set; }

    /// <summary>The scope that holds this pooled context; only it gives the context back, once.</summary>
    private ScopedJippDbContext? _holder;

    /// <summary>
    /// The container disposes a scoped service once per registration that returned it, and this context
    /// is registered as itself and as <see cref="IJippDbContext"/>. Disposing a pooled context twice would
    /// give it back to the pool twice, the second time while another request may already hold it; so while
    /// a scope holds it, disposing does nothing and the holder returns it.
    /// </summary>
    public override void Dispose()
    {
        if (_holder is null)
        {
            base.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync() => _holder is null ? base.DisposeAsync() : ValueTask.CompletedTask;

    internal void HoldBy(ScopedJippDbContext holder, IServiceProvider services)
    {
        _holder = holder;
        RequestServices = services;
    }

    internal ValueTask ReturnAsync()
    {
        _holder = null;
        RequestServices = null;
        return base.DisposeAsync();
    }

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Regency> Regencies => Set<Regency>();

    public DbSet<Sector> Sectors => Set<Sector>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Hub> Hubs => Set<Hub>();

    public DbSet<HubPartner> HubPartners => Set<HubPartner>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<Innovation> Innovations => Set<Innovation>();

    public DbSet<Candidacy> Candidacies => Set<Candidacy>();

    public DbSet<CohortPolicy> CohortPolicies => Set<CohortPolicy>();

    public DbSet<HubActivity> HubActivities => Set<HubActivity>();

    public DbSet<ReplicationRequest> ReplicationRequests => Set<ReplicationRequest>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<IntegrationEvent> Events => Set<IntegrationEvent>();

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Database.CreateExecutionStrategy().ExecuteAsync(
            work,
            async (operation, ct) =>
            {
                await using var transaction = await Database.BeginTransactionAsync(ct);
                var result = await operation(ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JippDbContext).Assembly);
        modelBuilder.HasSequence<long>(Outbox.EventFeedSchema.WriteOrderSequence);
        // A SQL function of the schema (migration SearchTitleLexemes) rather than a custom translation, which a
        // compiled model cannot hold; PostgreSQL inlines it, so a query runs ts_filter(vector, '{a}') itself.
        modelBuilder.HasDbFunction(typeof(TextSearch).GetMethod(nameof(TextSearch.TitleOnly))!).HasName(TextSearch.TitleLexemesFunction);
    }
}

/// <summary>A pooled <see cref="JippDbContext"/> held by one scope (request), given back to the pool once when the scope ends.</summary>
public sealed class ScopedJippDbContext : IAsyncDisposable, IDisposable
{
    private int _returned;

    public ScopedJippDbContext(IDbContextFactory<JippDbContext> factory, IServiceProvider services)
    {
        Context = factory.CreateDbContext();
        Context.HoldBy(this, services);
    }

    public JippDbContext Context { get; }

    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _returned, 1) == 0 ? Context.ReturnAsync() : ValueTask.CompletedTask;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
        {
            Context.ReturnAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
