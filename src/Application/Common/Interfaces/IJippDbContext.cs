using Jipp.Domain.Agencies;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Hubs;
using Jipp.Domain.Regions;
using Jipp.Domain.Sectors;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Common.Interfaces;

/// <summary>The unit of work handlers use directly; there is no generic repository in between.</summary>
public interface IJippDbContext
{
    DbSet<Province> Provinces { get; }

    DbSet<Regency> Regencies { get; }

    DbSet<Sector> Sectors { get; }

    DbSet<Agency> Agencies { get; }

    DbSet<Hub> Hubs { get; }

    DbSet<HubPartner> HubPartners { get; }

    DbSet<ApiClient> ApiClients { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
