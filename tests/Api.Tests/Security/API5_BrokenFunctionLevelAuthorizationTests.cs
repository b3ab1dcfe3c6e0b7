using System.Net;
using System.Text;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API5:2023 Broken Function Level Authorization: every operation, called by every role
/// that may not call it, answers 403 <c>forbidden</c> (401 without a key) and changes nothing.
/// The matrix is <see cref="SecurityRoutes.Operations"/>, checked against the OpenAPI document.
/// </summary>
public sealed class API5_BrokenFunctionLevelAuthorizationTests(ApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string> RestrictedOperations()
    {
        var data = new TheoryData<string>();
        foreach (var (operation, roles) in SecurityRoutes.Operations)
        {
            if (roles.Length > 0)
            {
                data.Add(operation);
            }
        }

        return data;
    }

    [Fact]
    public async Task Every_operation_of_the_openapi_document_is_in_the_function_matrix()
    {
        var documented = await SecurityRoutes.DocumentedOperationsAsync(Anonymous);

        Assert.Equal(documented.Keys.Order(), SecurityRoutes.Operations.Keys.Order());
    }

    [Fact]
    public async Task The_openapi_document_names_the_roles_of_the_matrix_for_every_operation()
    {
        var documented = await SecurityRoutes.DocumentedOperationsAsync(Anonymous);

        foreach (var (operation, roles) in SecurityRoutes.Operations)
        {
            Assert.True(
                roles.Order().SequenceEqual(SecurityRoutes.DocumentedRoles(documented[operation]).Order()),
                $"{operation}: the contract says [{string.Join(", ", roles)}], the document [{string.Join(", ", SecurityRoutes.DocumentedRoles(documented[operation]))}]");
        }
    }

    [Theory]
    [MemberData(nameof(RestrictedOperations))]
    public async Task Every_role_that_may_not_call_an_operation_gets_403_and_changes_nothing(string operation)
    {
        var allowed = SecurityRoutes.Operations[operation];
        var callers = new Dictionary<string, HttpClient>
        {
            [SecurityRoutes.Ministry] = Ministry,
            [SecurityRoutes.Hub] = await ClientWithRoleAsync("hub", hubId: await AnyHubIdAsync()),
            [SecurityRoutes.Agency] = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("35")),
            [SecurityRoutes.Reader] = await ClientWithRoleAsync("reader"),
        };
        var before = await SnapshotAsync();

        var refused = 0;
        foreach (var (role, caller) in callers.Where(c => !allowed.Contains(c.Key)))
        {
            var response = await SendAsync(caller, operation);
            await Expect.ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
            refused++;
        }

        var anonymous = await SendAsync(Anonymous, operation);
        await Expect.ProblemAsync(anonymous, HttpStatusCode.Unauthorized, "unauthenticated");

        Assert.Equal(SecurityRoutes.Roles.Length - allowed.Length, refused);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(RestrictedOperations))]
    public async Task Every_role_that_may_call_an_operation_gets_past_the_role_check(string operation)
    {
        // With unknown ids the roles that may call it get 404 or a validation problem, never 403.
        foreach (var role in SecurityRoutes.Operations[operation])
        {
            var caller = role switch
            {
                SecurityRoutes.Ministry => Ministry,
                SecurityRoutes.Hub => await ClientWithRoleAsync("hub", hubId: await AnyHubIdAsync()),
                SecurityRoutes.Agency => await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("35")),
                _ => await ClientWithRoleAsync("reader"),
            };

            var response = await SendAsync(caller, operation);

            Assert.True(
                response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.InternalServerError),
                $"{operation} as {role}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string operation)
    {
        var method = operation[..operation.IndexOf(' ', StringComparison.Ordinal)];
        var path = SecurityRoutes.Concrete(operation[(method.Length + 1)..]);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    /// <summary>Counts of everything a forbidden call could have written.</summary>
    private Task<string> SnapshotAsync() => Factory.WithDbAsync(async db => string.Join(
        '|',
        await db.Agencies.CountAsync(),
        await db.ApiClients.CountAsync(c => c.RevokedAt == null),
        await db.Innovations.CountAsync(),
        await db.Candidacies.CountAsync(),
        await db.CohortPolicies.CountAsync(),
        await db.HubPartners.CountAsync(),
        await db.HubActivities.CountAsync(),
        await db.ReplicationRequests.CountAsync(),
        await db.AuditEntries.CountAsync(),
        await db.Events.CountAsync()));
}
