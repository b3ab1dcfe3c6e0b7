using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Application.Common.Querying;
using Jipp.Domain.Agencies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Agencies.ListAgencies;

/// <summary>Agencies ordered by name, then id; keyset paged.</summary>
public sealed record ListAgencies(AgencyType? Type, string? ProvinceCode, string? Q, int PageSize, string? Cursor) : IQuery<Page<AgencyDto>>;

/// <summary>Position after the last item of a page.</summary>
public sealed record AgencyCursor(string Name, Guid Id);

public sealed class ListAgenciesHandler(IJippDbContext db) : IQueryHandler<ListAgencies, Page<AgencyDto>>
{
    public async ValueTask<Page<AgencyDto>> Handle(ListAgencies query, CancellationToken cancellationToken)
    {
        var agencies = db.Agencies.AsNoTracking();
        if (query.Type is { } type)
        {
            agencies = agencies.Where(a => a.Type == type);
        }

        if (query.ProvinceCode is { } provinceCode)
        {
            agencies = agencies.Where(a => a.ProvinceCode == provinceCode);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePattern.Contains(query.Q.Trim());
            agencies = agencies.Where(a => EF.Functions.ILike(a.Name, pattern, LikePattern.EscapeCharacter));
        }

        if (Cursor.DecodeOrDefault<AgencyCursor>(query.Cursor) is { } after)
        {
            agencies = agencies.Where(a => EF.Functions.GreaterThan(ValueTuple.Create(a.Name, a.Id), ValueTuple.Create(after.Name, after.Id)));
        }

        var rows = await agencies
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Take(query.PageSize + 1)
            .ProjectToDto()
            .ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, query.PageSize, last => Cursor.Encode(new AgencyCursor(last.Name, last.Id)));
    }
}
