using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Events.ListEvents;
using Jipp.Domain.Webhooks;
using Jipp.Infrastructure.Common;
using Jipp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jipp.Infrastructure.Webhooks;

/// <summary>
/// Pushes the event feed to webhook subscriptions. Every interval (only while there is a subscription) it has the
/// feed stamped, queues the new positioned events for each subscription, claims due deliveries and makes one
/// signed POST per delivery; the outcome and the next attempt are written to the delivery's row. Any number of
/// instances may run it: claims skip rows another instance holds, and a lease that runs out (a crash) hands the
/// delivery to the next claim, with the same webhook-id.
/// </summary>
public sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookStore store,
    IEventFeed feed,
    WebhookSecrets secrets,
    IHttpClientFactory httpClients,
    IOptions<WebhookDeliveryOptions> options,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    /// <summary>The named HttpClient of deliveries: its handler connects through <see cref="WebhookConnector"/> only.</summary>
    public const string HttpClientName = "Jipp.Webhooks";

    /// <summary>How much of a receiver's answer is read, at most; the rest is never read, and only an excerpt is kept.</summary>
    public const int ResponseReadLimit = 4096;

    private const int ExcerptLength = 300;

    private readonly WebhookDeliveryOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.PollIntervalMilliseconds == 0)
        {
            return;
        }

        var attempts = new FailureRun((type, reason) => LogFailed(logger, type, reason), () => LogRecovered(logger));
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await RunOnceAsync(stoppingToken);
                attempts.Succeeded();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                attempts.Failed(e);
            }

            // A full batch: more may be due at once.
            if (claimed < _options.BatchSize)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(_options.PollIntervalMilliseconds), clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass: stamp, fan out, claim and deliver. Returns how many deliveries were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!await store.AnySubscriptionAsync(cancellationToken))
        {
            return 0;
        }

        await feed.StampAsync(cancellationToken);
        await store.FanOutAsync(500, cancellationToken);
        var claimed = await store.ClaimAsync(
            _options.BatchSize,
            TimeSpan.FromSeconds(_options.LeaseSeconds),
            TimeSpan.FromSeconds(_options.RetryBudgetSeconds),
            cancellationToken);
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken },
            async (delivery, ct) => await DeliverAsync(delivery, ct));
        return claimed.Count;
    }

    private async Task DeliverAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var outcome = await AttemptAsync(delivery, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RecordAsync(delivery, outcome, cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < 3 && !cancellationToken.IsCancellationRequested)
            {
                // A concurrent change of the subscription (its owner's PATCH): record the outcome again on fresh data.
                LogRecordRetry(logger, delivery.Id, e);
            }
        }
    }

    /// <summary>The outcome of one attempt.</summary>
    private sealed record Outcome(bool Succeeded, int? StatusCode, int DurationMilliseconds, string? Error);

    private async Task<Outcome> AttemptAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        byte[] body;
        List<byte[]> keys;
        try
        {
            body = Body(delivery);
            keys = [secrets.Unprotect(delivery.ProtectedSecret)];
            if (delivery.ProtectedPreviousSecret is { } previous && delivery.PreviousSecretExpiresAt > clock.GetUtcNow())
            {
                keys.Add(secrets.Unprotect(previous));
            }
        }
        catch (CryptographicException e)
        {
            return new Outcome(false, null, 0, $"the subscription's secret cannot be read: {e.Message}");
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var messageId = delivery.EventId.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, messageId);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Header(keys, messageId, timestamp, body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("JIPP-Hub-Webhooks", "1"));

        var started = Stopwatch.GetTimestamp();

        // The handler's time-out bounds the request up to the answer's headers; this one bounds the read of its start too.
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(TimeSpan.FromSeconds(_options.AttemptTimeoutSeconds));
        try
        {
            using var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                // Accepted: the answer's body is never read.
                return new Outcome(true, status, Elapsed(started), null);
            }

            var excerpt = await ExcerptAsync(response, attempt.Token);
            var duration = Elapsed(started);

            var reason = status is >= 300 and < 400
                ? $"HTTP {status}: redirects are not followed (Location: {Trim(response.Headers.Location?.ToString() ?? "none", 200)})"
                : $"HTTP {status}";
            return new Outcome(false, status, duration, excerpt.Length > 0 ? $"{reason}: {excerpt}" : reason);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or IOException or TimeoutException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            return new Outcome(false, null, Elapsed(started), Describe(e));
        }
    }

    /// <summary>The event exactly as the feed shows it (the item of GET /events), in the API's JSON conventions.</summary>
    private byte[] Body(ClaimedDelivery d)
    {
        using var data = JsonDocument.Parse(d.Data);
        var item = new EventDto(d.EventSequence, d.EventId, d.EventType, d.EventVersion, d.OccurredAt, new EventSubjectDto(d.SubjectType, d.SubjectId), data.RootElement);
        return JsonSerializer.SerializeToUtf8Bytes(item, json.Value.SerializerOptions);
    }

    /// <summary>Writes the outcome into the delivery's row (if this worker still holds its lease) and tells the subscription.</summary>
    private async Task RecordAsync(ClaimedDelivery delivery, Outcome outcome, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JippDbContext>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        var now = clock.GetUtcNow();
        DateTimeOffset? next = null;
        var state = WebhookDeliveryState.Delivered;
        if (!outcome.Succeeded)
        {
            var at = now + _options.RetryDelay(delivery.Attempts, Random.Shared.NextDouble());
            state = at > delivery.GiveUpAt ? WebhookDeliveryState.Failed : WebhookDeliveryState.Pending;
            next = state == WebhookDeliveryState.Pending ? at : null;
        }

        var action = state switch
        {
            WebhookDeliveryState.Delivered => "webhookDelivery.delivered",
            WebhookDeliveryState.Failed => "webhookDelivery.failed",
            _ => "webhookDelivery.attempted",
        };
        // The delivery's row is updated with SQL of its own, before the subscription's save: one transaction for both.
        await unitOfWork.RunWithDirectWritesAsync<bool>(action, async ct =>
        {
            var stateName = state.ToString();
            var error = outcome.Error is null ? null : Trim(outcome.Error, WebhookDelivery.ErrorMaxLength);
            DateTimeOffset? deliveredAt = outcome.Succeeded ? now : null;
            var updated = await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE webhook_deliveries
                SET state = {stateName}, last_status_code = {outcome.StatusCode}, last_duration_milliseconds = {outcome.DurationMilliseconds},
                    last_error = {error}, next_attempt_at = {next}, delivered_at = {deliveredAt}, locked_until = NULL, lease_id = NULL
                WHERE id = {delivery.Id} AND lease_id = {delivery.LeaseId}
                """,
                ct);
            if (updated == 0)
            {
                // The lease ran out and another worker has the delivery now, or the subscription is gone.
                return false;
            }

            if (state == WebhookDeliveryState.Failed || (state == WebhookDeliveryState.Delivered && delivery.ConsecutiveFailures > 0))
            {
                var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == delivery.SubscriptionId, ct);
                if (state == WebhookDeliveryState.Failed)
                {
                    subscription?.DeliveryFailed(delivery.EventId, _options.PauseAfterFailures, now);
                }
                else
                {
                    subscription?.DeliverySucceeded();
                }
            }

            return true;
        }, cancellationToken);
    }

    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Never more than the limit is read, whatever the receiver sends or announces.
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[ResponseReadLimit];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return Trim(new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Trim(), ExcerptLength);
    }

    private static string Describe(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is WebhookAddressRefusedException refused)
            {
                return "refused: " + refused.Message;
            }
        }

        return e switch
        {
            OperationCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException => "timed out",
            _ => Trim($"connection failed: {e.GetBaseException().Message}", WebhookDelivery.ErrorMaxLength),
        };
    }

    private static int Elapsed(long started) => (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering webhooks failed ({ExceptionType}: {Reason}); trying again every interval")]
    private static partial void LogFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivering webhooks works again")]
    private static partial void LogRecovered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Recording the outcome of webhook delivery {DeliveryId} failed; trying again")]
    private static partial void LogRecordRetry(ILogger logger, Guid deliveryId, Exception exception);
}
