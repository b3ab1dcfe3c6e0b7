using Jipp.Api.Localization;
using Jipp.Application.Common.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Jipp.Api.Errors;

/// <summary>
/// Bounds what one request may make the service read, whatever server runs it: a body above
/// 1 MiB is 413 <c>payload_too_large</c> (by <c>Content-Length</c> before anything is read, or
/// while reading a chunked body), and a query string above <see cref="MaxQueryStringLength"/>
/// characters is 400. Kestrel enforces the same body limit and its header limits on the wire
/// (Program.cs); this middleware makes the answer the same problem response everywhere.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next)
{
    public const long MaxBodyBytes = 1024 * 1024;
    public const int MaxQueryStringLength = 2048;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.QueryString.Value is { Length: > MaxQueryStringLength })
        {
            await ProblemWriter.WriteAsync(context, Refusal.Validation, ApiMessages.QueryStringTooLong.Format(MaxQueryStringLength), new Dictionary<string, string[]> { ["query"] = [ApiMessages.AtMostCharacters.Format(MaxQueryStringLength)] });
            return;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            await WriteTooLargeAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = MaxBodyBytes;
        }

        if (request.ContentLength is null && HasBody(request))
        {
            // A body without a declared length is read here, up to one byte past the limit.
            var buffered = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffered.Length + read > MaxBodyBytes)
                {
                    await buffered.DisposeAsync();
                    await WriteTooLargeAsync(context);
                    return;
                }

                buffered.Write(chunk, 0, read);
            }

            buffered.Position = 0;
            request.Body = buffered;
            request.ContentLength = buffered.Length;
            context.Response.RegisterForDisposeAsync(buffered);
        }

        await next(context);
    }

    private static bool HasBody(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
        && (request.Headers.TransferEncoding.Count > 0 || request.Body.CanRead);

    private static ValueTask WriteTooLargeAsync(HttpContext context) =>
        ProblemWriter.WriteAsync(context, Refusal.PayloadTooLarge);
}
