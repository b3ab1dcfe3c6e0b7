using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Matchmaking;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests.Matchmaking;

/// <summary>What the matchmaking tests share: the route, and the term table computed after the data is written.</summary>
internal static class Matching
{
    public const string Route = "/api/v1/replication-matches";

    /// <summary>Computes the term table now, as the background refresher does every hour.</summary>
    public static Task RefreshTermsAsync(ApiFactory factory) =>
        factory.Services.GetRequiredService<TermStatistics>().RefreshAsync(CancellationToken.None);

    public static async Task<JsonElement> MatchAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Route, body, ApiTest.Json);
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ApiTest.Json);
    }

    public static List<Guid> Ids(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("innovation").GetProperty("id").GetGuid()).ToList();
}
