using System.Net;
using System.Text.Json;

namespace Jipp.Api.Tests.Infrastructure;

public static class Expect
{
    /// <summary>Asserts the status, showing the body when it differs, which makes failures readable.</summary>
    public static async Task StatusAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected} {expected}, got {(int)response.StatusCode}: {body}");
        }
    }

    /// <summary>Asserts a problem response with the contract's fields and the given status and code; returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await StatusAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        foreach (var field in new[] { "type", "title", "detail", "instance", "traceId" })
        {
            Assert.False(string.IsNullOrEmpty(problem.GetProperty(field).GetString()), $"problem lacks '{field}'");
        }

        return problem;
    }

    public static async Task<JsonElement> ValidationProblemAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for '{field}' in {errors}");
        Assert.NotEmpty(messages.EnumerateArray().Select(m => m.GetString()));
        return problem;
    }
}
