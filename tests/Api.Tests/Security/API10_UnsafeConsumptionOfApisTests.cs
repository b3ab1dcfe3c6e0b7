using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API10:2023 Unsafe Consumption of APIs: the service consumes no other API. Reference data
/// ships inside the service and is seeded from there, links given by callers are never followed
/// (see API7), and the only outbound HTTP calls are webhook deliveries, which read at most a small
/// excerpt of the answer and trust nothing in it (docs/adr/0025-webhooks.md); any other outbound
/// call fails this suite, so that its input gets the same scrutiny as a caller's.
/// </summary>
public sealed class API10_UnsafeConsumptionOfApisTests(ApiFactory factory) : ApiTest(factory)
{
    private static readonly Type[] OutboundHttp = [typeof(HttpClient), typeof(HttpMessageHandler), typeof(IHttpClientFactory)];

    [Fact]
    public void No_code_of_the_service_holds_an_http_client()
    {
        var assemblies = new[] { typeof(Program).Assembly, typeof(Jipp.Infrastructure.DependencyInjection).Assembly, typeof(Jipp.Application.DependencyInjection).Assembly, typeof(Jipp.Domain.Common.DomainException).Assembly };

        var offenders = assemblies
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => Members(t).Select(m => (Type: t, Member: m)))
            .Where(x => OutboundHttp.Any(h => h.IsAssignableFrom(x.Member)))
            .Select(x => x.Type.FullName!)
            .Distinct()
            .Where(name => name != typeof(WebhookDispatcher).FullName && !name.StartsWith(typeof(WebhookDispatcher).FullName + "+<", StringComparison.Ordinal) && !name.StartsWith(typeof(Jipp.Infrastructure.DependencyInjection).FullName + "+<>c", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_only_http_client_is_the_webhook_client_which_checks_addresses_follows_no_redirect_and_uses_no_proxy()
    {
        var handlers = Factory.Services.GetRequiredService<IHttpMessageHandlerFactory>();

        var handler = handlers.CreateHandler(WebhookDispatcher.HttpClientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        var primary = Assert.IsType<SocketsHttpHandler>(handler);
        Assert.False(primary.AllowAutoRedirect);
        Assert.False(primary.UseProxy);
        Assert.False(primary.UseCookies);
        Assert.NotNull(primary.ConnectCallback);
        Assert.InRange(primary.ConnectTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(4096, WebhookDispatcher.ResponseReadLimit);
    }

    [Fact]
    public async Task Reference_data_is_seeded_from_files_shipped_inside_the_service()
    {
        var infrastructure = typeof(Jipp.Infrastructure.DependencyInjection).Assembly;
        var resources = infrastructure.GetManifestResourceNames();

        var regions = await LinesAsync(infrastructure, resources, "regions.csv");
        var sectors = await LinesAsync(infrastructure, resources, "sectors.csv");

        var provinces = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/provinces", Json);
        var servedSectors = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/sectors", Json);
        Assert.Equal(regions.Count(l => l.Split(',')[2] == "province"), provinces.GetProperty("items").GetArrayLength());
        Assert.Equal(sectors.Length - 1, servedSectors.GetProperty("items").GetArrayLength());
    }

    private static async Task<string[]> LinesAsync(Assembly assembly, string[] resources, string file)
    {
        var resource = Assert.Single(resources, r => r.EndsWith(file, StringComparison.OrdinalIgnoreCase));
        await using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static IEnumerable<Type> Members(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var constructor in type.GetConstructors(all))
        {
            foreach (var parameter in constructor.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }

        foreach (var method in type.GetMethods(all))
        {
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            yield return method.ReturnType;
        }
    }
}
