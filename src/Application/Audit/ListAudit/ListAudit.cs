using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Audit.ListAudit;

/// <param name="Id">UUID.</param>
/// <param name="ClientId">The API client that made the change.</param>
/// <param name="Action">The use case, such as SubmitInnovation.</param>
/// <param name="SubjectType">The kind of record that changed, such as innovation.</param>
/// <param name="SubjectId">Its id (or key).</param>
/// <param name="Change">added, modified or deleted.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="TraceId">The request's trace id, as in its problem responses and logs.</param>
public sealed record AuditEntryDto(Guid Id, Guid? ClientId, string Action, string SubjectType, string SubjectId, string Change, DateTimeOffset OccurredAt, string? TraceId);

/// <summary>The audit trail, newest first, keyset paged.</summary>
public sealed record ListAudit(string? SubjectId, Guid? ClientId, int PageSize, string? Cursor) : IQuery<Page<AuditEntryDto>>;

public sealed record AuditCursor(Guid Id);

public sealed class ListAuditHandler(IJippDbContext db) : IQueryHandler<ListAudit, Page<AuditEntryDto>>
{
    public async ValueTask<Page<AuditEntryDto>> Handle(ListAudit query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.SubjectId is { } subject)
        {
            entries = entries.Where(a => a.SubjectId == subject);
        }

        if (query.ClientId is { } clientId)
        {
            entries = entries.Where(a => a.ClientId == clientId);
        }

        if (Cursor.DecodeOrDefault<AuditCursor>(query.Cursor) is { } after)
        {
            entries = entries.Where(a => a.Id.CompareTo(after.Id) < 0);
        }

        var rows = await entries.OrderByDescending(a => a.Id).Take(query.PageSize + 1)
            .Select(a => new AuditEntryDto(a.Id, a.ClientId, a.Action, a.SubjectType, a.SubjectId, a.Change, a.OccurredAt, a.TraceId))
            .ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, query.PageSize, last => Cursor.Encode(new AuditCursor(last.Id)));
    }
}
