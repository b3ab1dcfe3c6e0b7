using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Jipp.Api.Telemetry;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests.Telemetry;

/// <summary>Traces as an OTLP collector would receive them, through an in-memory exporter.</summary>
[Collection(TelemetrySequence.Name)]
public sealed class TracingTests(TelemetryFactory factory) : TelemetryTest(factory)
{
    [Fact]
    public async Task A_request_is_a_server_span_with_the_client_and_its_role_never_its_key_and_its_use_case_and_database_commands_below_it()
    {
        var (clientId, key, owner) = await ClientAsync("agency", agencyId: await AgencyIdAsync("q=Kota%20Surabaya"));
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{V1}/innovations") { Content = JsonContent.Create(InnovationTest.Body(), options: Json) };
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        var response = await owner.SendAsync(request);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var spans = await TraceAsync(traceId);
        var server = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.Equal(clientId.ToString(), server.GetTagItem(TelemetrySetup.ClientIdAttribute));
        Assert.Equal("agency", server.GetTagItem(TelemetrySetup.ClientRoleAttribute));
        Assert.Equal(201, server.GetTagItem("http.response.status_code"));

        var useCase = Assert.Single(spans, s => s.Source.Name == "Jipp");
        Assert.Equal("RegisterInnovation", useCase.DisplayName);
        Assert.Equal(server.SpanId, useCase.ParentSpanId);

        var commands = spans.Where(s => s.Source.Name == "Npgsql").ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.True(Descends(c, server, spans), $"{c.DisplayName} is not inside the request's span"));
        Assert.Contains(commands, c => Descends(c, useCase, spans) && c.GetTagItem("db.query.text") is string sql && sql.Contains("INSERT INTO innovations", StringComparison.OrdinalIgnoreCase));

        // The key is the client's secret: no span of the trace holds it, in a name or a value, nor names its header.
        foreach (var span in spans)
        {
            foreach (var (name, value) in span.TagObjects)
            {
                Assert.DoesNotContain(key, $"{name}={value}", StringComparison.Ordinal);
                Assert.DoesNotContain("x-api-key", name, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain(key, span.DisplayName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_anonymous_request_has_no_client_attributes_and_health_probes_are_not_traced()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var context = await Factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/api/v1/provinces/35";
            c.Request.Headers["traceparent"] = $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
            c.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.40");
        });
        var probeTrace = ActivityTraceId.CreateRandom();
        await Factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/health/ready";
            c.Request.Headers["traceparent"] = $"00-{probeTrace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
            c.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.41");
        });

        Assert.Equal(200, context.Response.StatusCode);
        var server = Assert.Single(await TraceAsync(traceId), s => s.Kind == ActivityKind.Server);
        Assert.Null(server.GetTagItem(TelemetrySetup.ClientIdAttribute));
        Assert.Null(server.GetTagItem(TelemetrySetup.ClientRoleAttribute));
        Assert.DoesNotContain(Factory.Spans.Snapshot(), s => s.TraceId == probeTrace && s.Kind == ActivityKind.Server);
    }

    private static bool Descends(Activity span, Activity ancestor, IReadOnlyList<Activity> trace)
    {
        var bySpanId = trace.ToDictionary(s => s.SpanId);
        for (var current = span; current is not null; current = bySpanId.GetValueOrDefault(current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
