using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Agencies;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Hubs;
using Jipp.Domain.Regions;
using Jipp.Domain.Sectors;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Infrastructure.Persistence;

public sealed class JippDbContext(DbContextOptions<JippDbContext> options) : DbContext(options), IJippDbContext
{
    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Regency> Regencies => Set<Regency>();

    public DbSet<Sector> Sectors => Set<Sector>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Hub> Hubs => Set<Hub>();

    public DbSet<HubPartner> HubPartners => Set<HubPartner>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JippDbContext).Assembly);
}
