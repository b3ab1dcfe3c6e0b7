namespace Jipp.Infrastructure.Webhooks;

/// <summary>How webhooks are delivered, bound from <c>Jipp:Webhooks</c> (the allowed networks are in <c>WebhookNetworkOptions</c>).</summary>
public sealed class WebhookDeliveryOptions
{
    public const string SectionName = "Jipp:Webhooks";

    /// <summary>How often the worker looks for new events and due deliveries; 0 turns delivery off in this instance.</summary>
    public int PollIntervalMilliseconds { get; init; } = 1000;

    /// <summary>The most deliveries one instance claims at a time.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>The most deliveries one instance makes at the same time.</summary>
    public int MaxConcurrency { get; init; } = 8;

    public int ConnectTimeoutSeconds { get; init; } = 5;

    /// <summary>The whole of one attempt: connection, request and the read of the answer's start.</summary>
    public int AttemptTimeoutSeconds { get; init; } = 15;

    /// <summary>How long a claimed delivery is reserved for its worker; after a crash another worker retries it then.</summary>
    public int LeaseSeconds { get; init; } = 60;

    /// <summary>The wait before the second attempt; each further wait doubles, up to <see cref="RetryMaxDelaySeconds"/>, with jitter.</summary>
    public double RetryBaseDelaySeconds { get; init; } = 5;

    public double RetryMaxDelaySeconds { get; init; } = 3600;

    /// <summary>How long after its first attempt a delivery is retried before it is failed.</summary>
    public double RetryBudgetSeconds { get; init; } = 24 * 3600;

    /// <summary>Deliveries failed for good in a row after which a subscription pauses itself.</summary>
    public int PauseAfterFailures { get; init; } = 5;

    /// <summary>
    /// Keys (base64, 32 bytes each) that encrypt the signing secrets at rest: the first encrypts, every one
    /// decrypts (add a new key first to rotate). Without any, the instance makes a key that lives as long as it
    /// does and warns: secrets made then cannot be read after a restart or by another instance.
    /// </summary>
    public List<string> SecretKeys { get; init; } = [];

    internal bool IsValid =>
        PollIntervalMilliseconds is >= 0 and <= 60_000
        && BatchSize is >= 1 and <= 1000
        && MaxConcurrency is >= 1 and <= 100
        && ConnectTimeoutSeconds is >= 1 and <= 60
        && AttemptTimeoutSeconds is >= 1 and <= 120
        && LeaseSeconds > AttemptTimeoutSeconds
        && RetryBaseDelaySeconds > 0 && RetryMaxDelaySeconds >= RetryBaseDelaySeconds && RetryBudgetSeconds > 0
        && PauseAfterFailures >= 1
        && SecretKeys.All(k => WebhookSecrets.TryReadKey(k, out _));

    /// <summary>The wait before the attempt after attempt number <paramref name="attempts"/>: exponential, capped, with jitter.</summary>
    public TimeSpan RetryDelay(int attempts, double random)
    {
        var exponential = RetryBaseDelaySeconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        var capped = Math.Min(RetryMaxDelaySeconds, exponential);

        // Half fixed, half random: receivers recovering from an outage are not hit by every sender at once.
        return TimeSpan.FromSeconds(capped * (0.5 + (0.5 * random)));
    }
}
