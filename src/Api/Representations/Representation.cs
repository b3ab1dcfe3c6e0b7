using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Jipp.Api.Representations;

/// <summary>
/// A buffered answer in one of several media types, with the headers of a cacheable read: a strong <c>ETag</c> that is the hash of these exact bytes (so JSON and CSV of the same
/// figures differ), and 304 Not Modified when <c>If-None-Match</c> names it. The endpoint declares
/// <see cref="NegotiationConventions.VariesByAccept"/>, which adds <c>Vary: Accept</c> to all its answers.
/// </summary>
public sealed class Representation : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly byte[] _body;
    private readonly string? _fileName;

    private Representation(byte[] body, string contentType, string? fileName)
    {
        _body = body;
        ContentType = contentType;
        _fileName = fileName;
    }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType { get; }

    /// <summary><paramref name="value"/> as JSON with the API's serializer options.</summary>
    public static Representation Json<T>(T value, HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return new Representation(JsonSerializer.SerializeToUtf8Bytes(value, options), MediaTypes.Json + "; charset=utf-8", null);
    }

    /// <summary>A CSV document, saved by browsers as <paramref name="fileName"/>.</summary>
    public static Representation Csv(byte[] body, string fileName) => new(body, Representations.Csv.ContentType, fileName);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var etag = new EntityTagHeaderValue('"' + Base64Url(SHA256.HashData(_body).AsSpan(0, 16)) + '"');
        response.Headers.ETag = etag.ToString();

        // Revalidate every time: the figures change with the registry, and the ETag makes an unchanged answer cost a 304.
        response.Headers.CacheControl = "no-cache";
        if (httpContext.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        if (_fileName is not null)
        {
            response.Headers.ContentDisposition = Representations.Csv.Attachment(_fileName);
        }

        response.ContentLength = _body.Length;
        await response.Body.WriteAsync(_body, httpContext.RequestAborted);
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
