using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Domain.ApiClients;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API6:2023 Unrestricted Access to Sensitive Business Flows: each replication request asks
/// an owner agency and a hub for work, so one client may file only so many an hour (here 2);
/// more answer 429 <c>rate_limited</c> and file nothing, while other clients and other operations
/// go on.
/// </summary>
public sealed class API6_UnrestrictedAccessToSensitiveBusinessFlowsTests(LowLimitsFactory factory) : SecurityFactoryTest<LowLimitsFactory>(factory)
{
    [Fact]
    public async Task Mass_replication_requests_of_one_client_are_throttled_and_file_nothing()
    {
        var ministry = Factory.CreateClient(ApiFactoryBase.AdminKey);
        var (_, _, owner) = await ClientAsync(ApiClientRole.Agency, agencyId: await ProvincialGovernmentIdAsync("35"));
        var innovations = new[]
        {
            await PublishedInnovationAsync(owner, ministry, "Perizinan Online Terpadu"),
            await PublishedInnovationAsync(owner, ministry, "Posyandu Digital"),
        };
        var (_, _, requester) = await ClientAsync(ApiClientRole.Agency, agencyId: await ProvincialGovernmentIdAsync("51"));
        var (_, _, otherRequester) = await ClientAsync(ApiClientRole.Agency, agencyId: await ProvincialGovernmentIdAsync("18"));

        foreach (var innovation in innovations)
        {
            await Expect.StatusAsync(await RequestAsync(requester, innovation), HttpStatusCode.Created);
        }

        var refused = await RequestAsync(requester, innovations[0]);

        await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.InRange(int.Parse(refused.Headers.RetryAfter!.ToString(), CultureInfo.InvariantCulture), 1, 3600);
        Assert.Equal(
            LowLimitsFactory.ReplicationRequestsPerHour.ToString(CultureInfo.InvariantCulture),
            refused.Headers.GetValues("RateLimit-Limit").Single());
        Assert.Equal(2, await Factory.WithDbAsync(db => db.ReplicationRequests.CountAsync()));

        // The limit is the requester's own: others still file, and the requester still reads.
        await Expect.StatusAsync(await RequestAsync(otherRequester, innovations[0]), HttpStatusCode.Created);
        await Expect.StatusAsync(await requester.GetAsync("/api/v1/replication-requests"), HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, Guid innovationId) =>
        client.PostAsJsonAsync("/api/v1/replication-requests", new { innovationId, motivation = "Kami ingin mempercepat perizinan di daerah kami.", plannedStartOn = "2024-01-15" }, Json);
}
