namespace Jipp.Infrastructure.Idempotency;

/// <summary>The table behind <see cref="IdempotencyStore"/>; mapped for migrations, used through SQL.</summary>
public sealed class IdempotencyKeyRecord
{
    public Guid ClientId { get; init; }

    public required string Key { get; init; }

    public required byte[] Fingerprint { get; init; }

    /// <summary>Which request holds the claim; a request whose claim was taken over cannot apply its change.</summary>
    public Guid ClaimId { get; init; }

    /// <summary>in_progress or completed.</summary>
    public required string State { get; init; }

    public int? ResponseStatus { get; init; }

    public string? ResponseContentType { get; init; }

    public string? ResponseLocation { get; init; }

    public byte[]? ResponseBody { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
