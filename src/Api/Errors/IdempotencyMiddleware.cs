using System.Security.Cryptography;
using System.Text;
using Jipp.Application.Common.Interfaces;
using Jipp.Infrastructure.Idempotency;

namespace Jipp.Api.Errors;

/// <summary>
/// <c>Idempotency-Key</c> on POST: the first request with a key runs and its response (below 500) is
/// kept for 24 hours; a retry with the same key and body gets that response again with
/// <c>Idempotency-Replayed: true</c> and creates nothing; another body is 422; a retry while the first
/// still runs is 409.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context, ICurrentClient client, IdempotencyStore store)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > MaxKeyLength)
        {
            await ProblemWriter.WriteAsync(context, 400, ProblemCodes.Validation, "The request is not valid.", $"{HeaderName} must be one value of 1 to {MaxKeyLength} characters.", new Dictionary<string, string[]> { [HeaderName] = ["1 to 255 characters."] });
            return;
        }

        if (client.ClientId is not { } clientId)
        {
            // Only authenticated clients can keep keys; the route itself answers the anonymous caller.
            await next(context);
            return;
        }

        var fingerprint = await FingerprintAsync(context.Request);
        var (claim, stored) = await store.ClaimAsync(clientId, key, fingerprint, context.RequestAborted);
        switch (claim)
        {
            case IdempotencyClaim.Completed:
                await ReplayAsync(context, stored!);
                return;
            case IdempotencyClaim.InProgress:
                await ProblemWriter.WriteAsync(context, 409, "idempotency_in_progress", "Request in progress.", "A request with this Idempotency-Key is still running; retry in a moment to get its response.");
                return;
            case IdempotencyClaim.Reused:
                await ProblemWriter.WriteAsync(context, 422, "idempotency_key_reused", "Idempotency key reused.", "This Idempotency-Key was used with a different request; use a new key for a new request.");
                return;
        }

        await RunAndKeepAsync(context, clientId, key, store);
    }

    private async Task RunAndKeepAsync(HttpContext context, Guid clientId, string key, IdempotencyStore store)
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
            await store.ReleaseAsync(clientId, key, CancellationToken.None);
            throw;
        }

        context.Response.Body = original;
        var body = buffer.ToArray();
        if (context.Response.StatusCode < 500)
        {
            var response = new StoredResponse(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, body);
            await store.CompleteAsync(clientId, key, response, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(clientId, key, CancellationToken.None);
        }

        await original.WriteAsync(body, context.RequestAborted);
    }

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
