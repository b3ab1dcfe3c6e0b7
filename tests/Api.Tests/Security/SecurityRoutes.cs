using System.Text.Json;
using System.Text.RegularExpressions;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// Every operation of the API with the roles that may call it, as the contract (api.md) states
/// them. The tests check this table against the served OpenAPI document, so that a new operation
/// without an entry fails them.
/// </summary>
public static partial class SecurityRoutes
{
    public const string Ministry = "ministry";
    public const string Hub = "hub";
    public const string Agency = "agency";
    public const string Reader = "reader";

    public static readonly string[] Roles = [Ministry, Hub, Agency, Reader];

    /// <summary>Open to anyone, also without a key.</summary>
    private static readonly string[] Anyone = [];

    private static readonly string[] Authenticated = Roles;

    /// <summary>Method and path (as in the OpenAPI document) to the roles that may call it; empty: anyone.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Operations = new Dictionary<string, string[]>
    {
        ["GET /api/v1/provinces"] = Anyone,
        ["GET /api/v1/provinces/{code}"] = Anyone,
        ["GET /api/v1/provinces/{code}/regencies"] = Anyone,
        ["GET /api/v1/sectors"] = Anyone,
        ["GET /api/v1/agencies"] = Anyone,
        ["GET /api/v1/agencies/{id}"] = Anyone,
        ["POST /api/v1/agencies"] = [Ministry],
        ["POST /api/v1/api-clients"] = [Ministry],
        ["GET /api/v1/api-clients"] = [Ministry],
        ["GET /api/v1/api-clients/{id}"] = [Ministry],
        ["DELETE /api/v1/api-clients/{id}"] = [Ministry],
        ["GET /api/v1/innovations"] = Anyone,
        ["POST /api/v1/innovations"] = [Ministry, Agency],
        ["GET /api/v1/innovations/{id}"] = Anyone,
        ["PUT /api/v1/innovations/{id}"] = [Agency],
        ["POST /api/v1/innovations/{id}/submission"] = [Agency],
        ["POST /api/v1/innovations/{id}/verification"] = [Ministry, Hub],
        ["POST /api/v1/innovations/{id}/archival"] = [Ministry, Agency],
        ["POST /api/v1/hub-candidacies"] = [Ministry],
        ["GET /api/v1/hub-candidacies"] = [Ministry, Reader, Agency],
        ["GET /api/v1/hub-candidacies/{id}"] = [Ministry, Reader, Agency],
        ["POST /api/v1/hub-candidacies/{id}/invitation"] = [Ministry],
        ["POST /api/v1/hub-candidacies/{id}/willingness"] = [Ministry, Agency],
        ["POST /api/v1/hub-candidacies/{id}/commitment"] = [Agency],
        ["POST /api/v1/hub-candidacies/{id}/readiness"] = [Agency],
        ["POST /api/v1/hub-candidacies/{id}/assessment"] = [Ministry],
        ["POST /api/v1/hub-candidacies/{id}/designation"] = [Ministry],
        ["POST /api/v1/hub-candidacies/{id}/rejection"] = [Ministry],
        ["POST /api/v1/hub-candidacies/{id}/withdrawal"] = [Agency],
        ["GET /api/v1/cohorts/{year}/policy"] = Anyone,
        ["PUT /api/v1/cohorts/{year}/policy"] = [Ministry],
        ["DELETE /api/v1/cohorts/{year}/policy"] = [Ministry],
        ["GET /api/v1/hubs"] = Anyone,
        ["GET /api/v1/hubs/{id}"] = Anyone,
        ["POST /api/v1/hubs/{id}/partners"] = [Ministry, Hub],
        ["DELETE /api/v1/hubs/{id}/partners/{partnerId}"] = [Ministry, Hub],
        ["POST /api/v1/hubs/{id}/activities"] = [Ministry, Hub],
        ["GET /api/v1/hubs/{id}/activities"] = Anyone,
        ["GET /api/v1/hubs/{id}/scorecard"] = Anyone,
        ["GET /api/v1/hub-scorecards"] = Anyone,
        ["POST /api/v1/replication-requests"] = [Ministry, Agency],
        ["GET /api/v1/replication-requests"] = Authenticated,
        ["GET /api/v1/replication-requests/{id}"] = Authenticated,
        ["POST /api/v1/replication-requests/{id}/verification"] = [Ministry, Hub],
        ["POST /api/v1/replication-requests/{id}/agreement"] = [Agency],
        ["POST /api/v1/replication-requests/{id}/mentoring-sessions"] = [Ministry, Hub, Agency],
        ["POST /api/v1/replication-requests/{id}/completion"] = [Agency],
        ["POST /api/v1/replication-requests/{id}/cancellation"] = [Agency],
        ["POST /api/v1/replication-matches"] = Anyone,
        ["GET /api/v1/innovations/{id}/similar"] = Anyone,
        ["GET /api/v1/statistics/overview"] = Anyone,
        ["GET /api/v1/statistics/provinces"] = Anyone,
        ["GET /api/v1/open-data/innovations"] = Anyone,
        ["GET /api/v1/open-data/innovations/dictionary"] = Anyone,
        ["GET /api/v1/statistics/replication-flows"] = Anyone,
        ["GET /api/v1/events"] = [Ministry, Reader],
        ["GET /api/v1/audit"] = [Ministry],
        ["POST /api/v1/webhook-subscriptions"] = [Ministry, Hub, Agency, Reader],
        ["GET /api/v1/webhook-subscriptions"] = [Ministry, Hub, Agency, Reader],
        ["GET /api/v1/webhook-subscriptions/{id}"] = [Ministry, Hub, Agency, Reader],
        ["PATCH /api/v1/webhook-subscriptions/{id}"] = [Ministry, Hub, Agency, Reader],
        ["DELETE /api/v1/webhook-subscriptions/{id}"] = [Ministry, Hub, Agency, Reader],
        ["POST /api/v1/webhook-subscriptions/{id}/secret-rotation"] = [Ministry, Hub, Agency, Reader],
        ["GET /api/v1/webhook-subscriptions/{id}/deliveries"] = [Ministry, Hub, Agency, Reader],
        ["POST /api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/retry"] = [Ministry, Hub, Agency, Reader],
    };

    /// <summary>Operations on one object that anyone may read: reference data and public hub information.</summary>
    public static readonly string[] PublicObjectOperations =
    [
        "GET /api/v1/provinces/{code}",
        "GET /api/v1/provinces/{code}/regencies",
        "GET /api/v1/agencies/{id}",
        "GET /api/v1/hubs/{id}",
        "GET /api/v1/hubs/{id}/activities",
        "GET /api/v1/hubs/{id}/scorecard",
        "GET /api/v1/cohorts/{year}/policy",
    ];

    /// <summary>The operations of the served OpenAPI document, as "METHOD /path".</summary>
    public static async Task<Dictionary<string, JsonElement>> DocumentedOperationsAsync(HttpClient client)
    {
        var document = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var operations = new Dictionary<string, JsonElement>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations[$"{operation.Name.ToUpperInvariant()} {path.Name}"] = operation.Value;
            }
        }

        return operations;
    }

    /// <summary>The roles named by the "**Who**" line of an operation's description; empty for anyone.</summary>
    public static string[] DocumentedRoles(JsonElement operation)
    {
        var who = WhoLine().Match(operation.GetProperty("description").GetString() ?? string.Empty);
        Assert.True(who.Success, "an operation's description lacks its **Who** line");
        var text = who.Groups[1].Value;
        if (text.StartsWith("Anyone", StringComparison.Ordinal))
        {
            return [];
        }

        return text.Contains("any authenticated client", StringComparison.Ordinal)
            ? Roles
            : Roles.Where(role => Regex.IsMatch(text, $@"\b{role}\b")).ToArray();
    }

    /// <summary>A concrete path for a template: unknown ids, a real province and cohort year.</summary>
    public static string Concrete(string template, Guid? id = null, Guid? partnerId = null) =>
        template
            .Replace("{id}", (id ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{partnerId}", (partnerId ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{deliveryId}", (partnerId ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{code}", "35", StringComparison.Ordinal)
            .Replace("{year}", "2023", StringComparison.Ordinal);

    [GeneratedRegex(@"\*\*Who\*\*: (.*)")]
    private static partial Regex WhoLine();
}
