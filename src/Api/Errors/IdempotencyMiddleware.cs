using System.Security.Cryptography;
using System.Text;
using Jipp.Api.Localization;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Infrastructure.Idempotency;
using Jipp.Infrastructure.Telemetry;

namespace Jipp.Api.Errors;

/// <summary>
/// <c>Idempotency-Key</c> on POST: the first request with a key runs and its response (below 500) is
/// kept for 24 hours; a retry with the same key and body gets that response again with
/// <c>Idempotency-Replayed: true</c> and creates nothing; another body is 422; a retry while the first
/// still runs is 409.
/// </summary>
public sealed partial class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store, JippMetrics metrics, ILogger<IdempotencyMiddleware> logger)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const int MaxKeyLength = 255;

    /// <summary>Set by an endpoint to the name of a response member that must never be kept (a secret shown once).</summary>
    public const string SecretMemberItem = "jipp.idempotency.secret-member";

    // The request's services are resolved only for a POST with a key: reads, the bulk of the traffic, pay nothing here.
    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.TryGetValue(HeaderName, out var values)
            ? InvokeWithKeyAsync(context, values)
            : next(context);

    private async Task InvokeWithKeyAsync(HttpContext context, Microsoft.Extensions.Primitives.StringValues values)
    {

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > MaxKeyLength)
        {
            await ProblemWriter.WriteAsync(context, Refusal.Validation, ApiMessages.IdempotencyKeyFormat.Format(HeaderName, MaxKeyLength), new Dictionary<string, string[]> { [HeaderName] = [ApiMessages.IdempotencyKeyLength.Format(MaxKeyLength)] });
            return;
        }

        if (context.RequestServices.GetRequiredService<ICurrentClient>().ClientId is not { } clientId)
        {
            // Only authenticated clients can keep keys; the route itself answers the anonymous caller.
            await next(context);
            return;
        }

        var fingerprint = await FingerprintAsync(context.Request);
        var (claim, stored, claimId) = await store.ClaimAsync(clientId, key, fingerprint, context.RequestAborted);
        switch (claim)
        {
            case IdempotencyClaim.Completed:
                metrics.IdempotencyReplayed();
                await ReplayAsync(context, stored!);
                return;
            case IdempotencyClaim.InProgress:
                await ProblemWriter.WriteAsync(context, Refusal.IdempotencyInProgress);
                return;
            case IdempotencyClaim.Reused:
                await ProblemWriter.WriteAsync(context, Refusal.IdempotencyKeyReused);
                return;
        }

        var scope = context.RequestServices.GetRequiredService<IdempotencyScope>();
        scope.Current = (clientId, key, claimId);
        try
        {
            await RunAndKeepAsync(context, scope, clientId, key, claimId);
        }
        finally
        {
            // Not committed by now (an error on the way): the change rolls back with its key's mark.
            if (scope.Pending is { } pending)
            {
                await pending.DisposeAsync();
            }
        }
    }

    private async Task RunAndKeepAsync(HttpContext context, IdempotencyScope scope, Guid clientId, string key, Guid claimId)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await ForgetAsync(scope, clientId, key);
            throw;
        }

        context.Response.Body = original;
        var body = buffer.ToArray();
        if (context.Response.StatusCode >= 500)
        {
            await ForgetAsync(scope, clientId, key);
        }
        else
        {
            var kept = context.Items[SecretMemberItem] is string secret ? WithoutMember(body, secret) : body;
            var response = new StoredResponse(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, kept);
            if (scope.Pending is { } pending)
            {
                // The change and the response it answers commit together: a retry replays this answer, or
                // (nothing committed) runs the request again. Nothing in between.
                try
                {
                    await pending.CommitAsync(response, CancellationToken.None);
                }
                catch
                {
                    await ForgetAsync(scope, clientId, key);
                    throw;
                }
            }
            else
            {
                // Nothing changed (a refusal, a repeat that changes nothing): the answer is kept on its own.
                await KeepAsync(store, clientId, key, claimId, response, logger);
            }
        }

        await original.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>
    /// Rolls back a change that did not commit, then forgets the claim so that a retry runs the request again. If the
    /// database is away the claim stays, and a retry takes it over once it is abandoned.
    /// </summary>
    private async Task ForgetAsync(IdempotencyScope scope, Guid clientId, string key)
    {
        // First the rollback: the change's transaction holds the key's row, which the release deletes.
        if (scope.Pending is { } pending)
        {
            await pending.DisposeAsync();
        }

        try
        {
            await store.ReleaseAsync(clientId, key, CancellationToken.None);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            LogNotReleased(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The claim of a failed idempotent request could not be released ({ExceptionType}); a retry takes it over once it is abandoned")]
    private static partial void LogNotReleased(ILogger logger, string exceptionType);

    /// <summary>
    /// Keeps the response of a request that changed nothing, retrying for a while if the database just went away;
    /// the answer goes out either way.
    /// </summary>
    private static async Task KeepAsync(IdempotencyStore store, Guid clientId, string key, Guid claimId, StoredResponse response, ILogger logger)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.CompleteAsync(clientId, key, claimId, response, CancellationToken.None);
                return;
            }
            catch (Npgsql.NpgsqlException) when (attempt < KeepAttempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
            catch (Npgsql.NpgsqlException ex)
            {
                LogNotKept(logger, ex.GetType().Name);
                return;
            }
        }
    }

    private const int KeepAttempts = 15;

    /// <summary>The body without a secret member: a replay must not show a key a second time, nor may the store hold it.</summary>
    private static byte[] WithoutMember(byte[] body, string member)
    {
        if (System.Text.Json.Nodes.JsonNode.Parse(body) is not System.Text.Json.Nodes.JsonObject json)
        {
            return body;
        }

        json.Remove(member);
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The response of an idempotent request could not be kept ({ExceptionType}); a retry runs the request again once the claim is abandoned")]
    private static partial void LogNotKept(ILogger logger, string exceptionType);

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        context.Response.StatusCode = stored.Status;
        context.Response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            context.Response.Headers.Location = stored.Location;
        }

        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    /// <summary>The request as the key promises it: method, path, query and body.</summary>
    private static async Task<byte[]> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }
}
