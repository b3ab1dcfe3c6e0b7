using System.Linq.Expressions;
using Jipp.Domain.Hubs;

namespace Jipp.Application.Hubs;

/// <summary>An activity a hub held to foster innovation.</summary>
/// <param name="Id">UUID; time-ordered, so newer activities have greater ids.</param>
/// <param name="HubId">The hub that held it.</param>
/// <param name="Type">mentoring (pendampingan), knowledgeExchange, promotion or replicationForum.</param>
/// <param name="Title">What it was called.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="AgencyIds">The agencies that took part.</param>
/// <param name="InnovationIds">The innovations it was about (each was published when the activity was recorded).</param>
/// <param name="Notes">The hub's notes on it, if any.</param>
/// <param name="CreatedAt">When it was recorded.</param>
public sealed record HubActivityDto(
    Guid Id,
    Guid HubId,
    HubActivityType Type,
    string Title,
    DateOnly HeldOn,
    IReadOnlyList<Guid> AgencyIds,
    IReadOnlyList<Guid> InnovationIds,
    string? Notes,
    DateTimeOffset CreatedAt);

public static class HubActivityProjections
{
    /// <summary>Translated to SQL by EF Core for reads; compiled once for responses to commands.</summary>
    public static readonly Expression<Func<HubActivity, HubActivityDto>> ToDto = a => new HubActivityDto(
        a.Id, a.HubId, a.Type, a.Title, a.HeldOn, a.AgencyIds, a.InnovationIds, a.Notes, a.CreatedAt);

    private static readonly Func<HubActivity, HubActivityDto> Compiled = ToDto.Compile();

    public static HubActivityDto ToResponse(this HubActivity activity) => Compiled(activity);
}
