using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Json;

namespace Jipp.Api.Tests.Infrastructure;

/// <summary>
/// Base of the HTTP tests: each test class has its own database, reset before every test, and
/// clients for every role.
/// </summary>
public abstract class ApiTest(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    protected const string V1 = "/api/v1";

    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    protected ApiFactory Factory { get; } = factory;

    protected HttpClient Anonymous { get; private set; } = null!;

    protected HttpClient Ministry { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Factory.ResetAsync();
        Anonymous = Factory.CreateClient(apiKey: null);
        Ministry = Factory.CreateClient(ApiFactory.AdminKey);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Creates an API client through the API and returns an HTTP client holding its key.</summary>
    protected async Task<HttpClient> ClientWithRoleAsync(string role, Guid? agencyId = null, Guid? hubId = null)
    {
        var created = await CreateApiClientAsync(role, agencyId, hubId);
        return Factory.CreateClient(created.GetProperty("key").GetString());
    }

    protected async Task<JsonElement> CreateApiClientAsync(string role, Guid? agencyId = null, Guid? hubId = null)
    {
        var response = await Ministry.PostAsJsonAsync($"{V1}/api-clients", new { name = $"{role} test client", role, agencyId, hubId }, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    protected async Task<Guid> AnyHubIdAsync()
    {
        var hubs = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/hubs?pageSize=1", Json);
        return hubs.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    protected async Task<Guid> ProvincialGovernmentIdAsync(string provinceCode)
    {
        var agencies = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies?type=provincialGovernment&provinceCode={provinceCode}", Json);
        return agencies.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Configure(options);
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return options;
    }
}
