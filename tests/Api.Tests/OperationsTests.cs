using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

public sealed class OperationsTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Liveness_answers_healthy()
    {
        var response = await Anonymous.GetAsync("/health/live");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readiness_checks_the_database_and_its_migrations()
    {
        var body = await Anonymous.GetFromJsonAsync<JsonElement>("/health/ready", Json);

        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("migrations").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await Anonymous.GetAsync("/swagger/index.html");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_operation_with_summary_and_problems()
    {
        var document = await Anonymous.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json", Json);

        var expected = new[]
        {
            ("get", "/api/v1/provinces"), ("get", "/api/v1/provinces/{code}"), ("get", "/api/v1/provinces/{code}/regencies"),
            ("get", "/api/v1/sectors"), ("get", "/api/v1/agencies"), ("get", "/api/v1/agencies/{id}"), ("post", "/api/v1/agencies"),
            ("get", "/api/v1/hubs"), ("get", "/api/v1/hubs/{id}"), ("post", "/api/v1/api-clients"), ("get", "/api/v1/api-clients"),
            ("get", "/api/v1/api-clients/{id}"), ("delete", "/api/v1/api-clients/{id}"),
            ("get", "/api/v1/innovations"), ("post", "/api/v1/innovations"), ("get", "/api/v1/innovations/{id}"),
            ("put", "/api/v1/innovations/{id}"), ("post", "/api/v1/innovations/{id}/submission"),
            ("post", "/api/v1/innovations/{id}/verification"), ("post", "/api/v1/innovations/{id}/archival"),
            ("post", "/api/v1/hub-candidacies"), ("get", "/api/v1/hub-candidacies"), ("get", "/api/v1/hub-candidacies/{id}"),
            ("post", "/api/v1/hub-candidacies/{id}/invitation"), ("post", "/api/v1/hub-candidacies/{id}/willingness"),
            ("post", "/api/v1/hub-candidacies/{id}/commitment"), ("post", "/api/v1/hub-candidacies/{id}/readiness"),
            ("post", "/api/v1/hub-candidacies/{id}/assessment"), ("post", "/api/v1/hub-candidacies/{id}/designation"),
            ("post", "/api/v1/hub-candidacies/{id}/rejection"), ("post", "/api/v1/hub-candidacies/{id}/withdrawal"),
            ("get", "/api/v1/cohorts/{year}/policy"), ("put", "/api/v1/cohorts/{year}/policy"), ("delete", "/api/v1/cohorts/{year}/policy"),
            ("post", "/api/v1/replication-requests"), ("get", "/api/v1/replication-requests"), ("get", "/api/v1/replication-requests/{id}"),
            ("post", "/api/v1/replication-requests/{id}/verification"), ("post", "/api/v1/replication-requests/{id}/agreement"),
            ("post", "/api/v1/replication-requests/{id}/mentoring-sessions"), ("post", "/api/v1/replication-requests/{id}/completion"),
            ("post", "/api/v1/replication-requests/{id}/cancellation"),
            ("post", "/api/v1/hubs/{id}/partners"), ("delete", "/api/v1/hubs/{id}/partners/{partnerId}"),
            ("post", "/api/v1/hubs/{id}/activities"), ("get", "/api/v1/hubs/{id}/activities"),
            ("get", "/api/v1/statistics/overview"), ("get", "/api/v1/statistics/provinces"),
            ("get", "/api/v1/statistics/replication-flows"),
            ("get", "/api/v1/events"), ("get", "/api/v1/audit"),
        };
        var paths = document.GetProperty("paths");
        foreach (var (method, path) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in the document");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()), $"{method} {path} has no operationId");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out _), $"{method} {path} does not describe 401");
            Assert.True(responses.TryGetProperty("503", out _), $"{method} {path} does not describe 503");
        }

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.True(paths.GetProperty("/api/v1/agencies").GetProperty("post").TryGetProperty("security", out _), "POST /agencies does not name its security scheme");
        Assert.True(paths.GetProperty("/api/v1/agencies").GetProperty("post").GetProperty("responses").TryGetProperty("403", out _));
        Assert.True(paths.GetProperty("/api/v1/agencies").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
    }
}
