using Jipp.Domain.Common;

namespace Jipp.Domain.Hubs;

/// <summary>What a hub does to foster innovation.</summary>
public enum HubActivityType
{
    /// <summary>Pendampingan: guiding agencies with their innovations.</summary>
    Mentoring,

    /// <summary>Knowledge exchange with other institutions.</summary>
    KnowledgeExchange,

    /// <summary>Promotion of innovations.</summary>
    Promotion,

    /// <summary>A forum on replicating innovations.</summary>
    ReplicationForum,
}

/// <summary>An activity a hub held: mentoring, knowledge exchange, promotion or a replication forum.</summary>
public sealed class HubActivity : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int NotesMaxLength = 4000;
    public const int MaxReferences = 50;

    private HubActivity()
    {
        Title = string.Empty;
        AgencyIds = [];
        InnovationIds = [];
    }

    public Guid Id { get; private set; }

    public Guid HubId { get; private set; }

    public HubActivityType Type { get; private set; }

    public string Title { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>The agencies that took part.</summary>
    public List<Guid> AgencyIds { get; private set; }

    /// <summary>The innovations it was about.</summary>
    public List<Guid> InnovationIds { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static HubActivity Record(Guid hubId, HubActivityType type, string title, DateOnly heldOn, IEnumerable<Guid> agencyIds, IEnumerable<Guid> innovationIds, string? notes, DateTimeOffset now)
    {
        var activity = new HubActivity
        {
            Id = IdGenerator.NewId(),
            HubId = hubId,
            Type = type,
            Title = title.Trim(),
            HeldOn = heldOn,
            AgencyIds = [.. agencyIds.Distinct()],
            InnovationIds = [.. innovationIds.Distinct()],
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            CreatedAt = now,
        };
        activity.Raise(new HubActivityRecorded(hubId, activity.Id, type, heldOn, activity.AgencyIds.Count, activity.InnovationIds.Count, now));
        return activity;
    }

}
