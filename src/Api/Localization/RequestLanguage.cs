using System.Globalization;
using Jipp.Application.Common.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Jipp.Api.Localization;

/// <summary>
/// Request localization: the language of problem titles, details and validation messages follows
/// <c>Accept-Language</c> (<c>id</c> or <c>en</c>, with their regional variants such as <c>id-ID</c>
/// and <c>en-US</c>, by quality); anything else, or no header, is English. Only the UI culture
/// changes: formatting stays invariant, so data reads the same in both languages.
/// </summary>
public static class RequestLanguage
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo(Languages.English);
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo(Languages.Indonesian);

    public static IApplicationBuilder UseJippRequestLanguage(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, English);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [English, Indonesian];
            options.FallBackToParentUICultures = false;
            options.RequestCultureProviders = [new AcceptLanguageProvider()];
        });

    /// <summary>
    /// For the endpoints whose answers hold sentences in the request's language (a candidacy's
    /// assessment reasons): says so with <c>Content-Language</c> and <c>Vary: Accept-Language</c>, and
    /// marks them for the OpenAPI document (<see cref="AnswersInRequestLanguageMetadata"/>).
    /// </summary>
    public static RouteGroupBuilder AnswersInRequestLanguage(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var headers = context.HttpContext.Response.Headers;
            headers.ContentLanguage = Languages.IsIndonesian(CultureInfo.CurrentUICulture) ? Languages.Indonesian : Languages.English;
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            return result;
        });
        return group.WithMetadata(AnswersInRequestLanguageMetadata.Instance);
    }

    /// <summary>
    /// The first language of <c>Accept-Language</c> (highest quality first) that the service speaks,
    /// matched by its primary subtag, so that <c>id-ID</c> is Indonesian without relying on culture data.
    /// </summary>
    public static string? Choose(IEnumerable<StringWithQualityHeaderValue> languages)
    {
        foreach (var language in languages.Where(l => l.Quality is not 0).OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.ToString();
            var primary = tag.Split('-', 2)[0];
            if (primary.Equals(Languages.Indonesian, StringComparison.OrdinalIgnoreCase))
            {
                return Languages.Indonesian;
            }

            if (primary.Equals(Languages.English, StringComparison.OrdinalIgnoreCase))
            {
                return Languages.English;
            }
        }

        return null;
    }

    private sealed class AcceptLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var header = httpContext.Request.GetTypedHeaders().AcceptLanguage;
            var chosen = header.Count == 0 ? null : Choose(header);
            return Task.FromResult(chosen is null ? NullProviderCultureResult.Result : new ProviderCultureResult(CultureInfo.InvariantCulture.Name, chosen));
        }
    }
}

/// <summary>Marks the endpoints whose answers hold sentences in the request's language (<see cref="RequestLanguage.AnswersInRequestLanguage"/>).</summary>
public sealed class AnswersInRequestLanguageMetadata
{
    public static readonly AnswersInRequestLanguageMetadata Instance = new();

    private AnswersInRequestLanguageMetadata()
    {
    }
}
