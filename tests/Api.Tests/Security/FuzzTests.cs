using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Api.Tests.Security.Fuzzing;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace Jipp.Api.Tests.Security;

/// <summary>The service with rate limiting off: the fuzz test sends thousands of requests from a handful of clients.</summary>
public sealed class FuzzApiFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:RateLimiting:Enabled", "false");

        // Thousands of requests: log only what goes wrong.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}

/// <summary>
/// Walks the service's own OpenAPI document and sends every operation thousands of generated hostile
/// requests (see <see cref="RequestGenerator"/>), each as every role. Every answer must be below 500;
/// every error must be a problem response with the contract's fields and no internals; and a refused
/// request must leave the database as it was. The run is reproducible: the seed is printed and can be
/// set with JIPP_FUZZ_SEED; JIPP_FUZZ_ROUNDS sets how many requests each operation gets per role.
/// </summary>
public sealed class FuzzTests(FuzzApiFactory factory, ITestOutputHelper output) : IClassFixture<FuzzApiFactory>, IAsyncLifetime
{
    private const string V1 = "/api/v1";
    private const ulong DefaultSeed = 20_231_302;
    private const uint Stream = 1;
    private const int DefaultRounds = 22;
    private const int MinimumRequests = 5_000;
    private const int ShrinkIterations = 60;

    private static readonly JsonSerializerOptions Json = ApiTest.Json;

    private readonly List<(string Role, HttpClient Client)> _roles = [];
    private readonly KnownValues _known = new();
    private readonly Dictionary<int, int> _byStatus = [];
    private DatabaseFingerprint? _fingerprint;
    private string[] _lastFingerprint = [];
    private string? _lastFingerprintKey;
    private int _requests;
    private TimeSpan _fingerprinting;

    public async Task InitializeAsync()
    {
        var anonymous = factory.CreateClient(apiKey: null);
        var ministry = factory.CreateClient(ApiFactoryBase.AdminKey);
        await SeedAsync(anonymous, ministry);
        _fingerprint = await DatabaseFingerprint.CreateAsync(factory.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_fingerprint is not null)
        {
            await _fingerprint.DisposeAsync();
        }
    }

    [Fact]
    public async Task Hostile_requests_to_every_operation_as_every_role_get_problems_and_change_nothing()
    {
        var seed = Environment.GetEnvironmentVariable("JIPP_FUZZ_SEED") is { Length: > 0 } seedText ? ulong.Parse(seedText, CultureInfo.InvariantCulture) : DefaultSeed;
        var rounds = Environment.GetEnvironmentVariable("JIPP_FUZZ_ROUNDS") is { Length: > 0 } roundsText ? int.Parse(roundsText, CultureInfo.InvariantCulture) : DefaultRounds;

        var document = JsonNode.Parse(await _roles[0].Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = ApiOperation.AllOf(document);
        Assert.True(operations.Count >= 40, $"The OpenAPI document lists only {operations.Count} operations.");
        var generator = new RequestGenerator(document, _known);
        var generators = operations.Select(o => (Operation: o, Gen: generator.For(o))).ToList();

        // The database comparison sees a change: one more API client moves the fingerprint.
        var before = await _fingerprint!.TakeAsync(null);
        await ClientAsync(_roles[1].Client, "reader");
        Assert.Contains(DatabaseFingerprint.Differences(before, await _fingerprint.TakeAsync(null)), d => d.StartsWith("api_clients:", StringComparison.Ordinal));

        var watch = Stopwatch.StartNew();
        var failures = new List<(string CaseSeed, ApiOperation Operation, FuzzRequest Request, string Failure)>();
        var master = new PCG(Stream, seed);
        _lastFingerprint = await _fingerprint!.TakeAsync(null);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (operation, gen) in generators)
            {
                var pcg = new PCG(Stream, master.Next64());
                var caseSeed = pcg.ToString();
                var request = gen.Generate(pcg, null, out _);
                if (await FailureOfAsync(request) is { } failure)
                {
                    failures.Add((caseSeed, operation, request, failure));
                }
            }
        }

        watch.Stop();
        var requests = _requests;
        var statuses = string.Join(", ", _byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        Report($"Fuzz: {requests} requests ({operations.Count} operations x {rounds} rounds x {_roles.Count} roles), {failures.Count} failing cases, {watch.Elapsed.TotalSeconds:F1} s ({_fingerprinting.TotalSeconds:F1} s of it comparing the database), seed {seed} (JIPP_FUZZ_SEED). By status: {statuses}");

        if (failures.Count > 0)
        {
            var report = new StringBuilder();
            foreach (var group in failures.GroupBy(f => f.Operation.ToString()).Take(15))
            {
                var first = group.First();
                report.Append(CultureInfo.InvariantCulture, $"\n\n{group.Key}: {group.Count()} failing case(s); first (CsCheck seed {first.CaseSeed}):\n{first.Request}\n{first.Failure}");
            }

            // CsCheck shrinks the first failure: it starts from the failing case's seed and looks for smaller ones.
            var (shrinkSeed, shrinkOperation, _, _) = failures[0];
            try
            {
                await generators.First(g => g.Operation == shrinkOperation).Gen.SampleAsync(
                    async request =>
                    {
                        if (await FailureOfAsync(request) is { } failure)
                        {
                            throw new InvalidOperationException(failure);
                        }
                    },
                    seed: shrinkSeed,
                    iter: ShrinkIterations,
                    threads: 1,
                    print: request => request.ToString());
                report.Append("\n\nThe first failure did not happen again when replayed (it depends on the data earlier requests made).");
            }
            catch (CsCheckException shrunk)
            {
                report.Append("\n\nSmallest failing request CsCheck found for the first failure:\n").Append(shrunk.Message).Append('\n').Append(shrunk.InnerException?.Message);
            }

            Report(report.ToString());
            Assert.Fail($"{failures.Count} of the generated requests broke the contract:{report}");
        }

        Assert.True(requests >= MinimumRequests, $"Only {requests} requests were sent; at least {MinimumRequests} are expected.");
    }

    /// <summary>Sends the request as every role; the first broken promise, or null.</summary>
    private async Task<string?> FailureOfAsync(FuzzRequest request)
    {
        foreach (var (role, client) in _roles)
        {
            var key = request.IdempotencyKey;
            if (key != _lastFingerprintKey)
            {
                _lastFingerprint = await _fingerprint!.TakeAsync(key);
                _lastFingerprintKey = key;
            }

            using var message = request.ToMessage();
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(message);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The in-memory server hands an exception that escaped the service to the caller.
                return $"as {role}: the request threw {ex.GetType().Name}: {ex.Message}";
            }

            using var _ = response;
            var body = await response.Content.ReadAsByteArrayAsync();
            var status = (int)response.StatusCode;
            Interlocked.Increment(ref _requests);
            _byStatus[status] = _byStatus.GetValueOrDefault(status) + 1;

            var started = Stopwatch.GetTimestamp();
            var after = await _fingerprint!.TakeAsync(key);
            _fingerprinting += Stopwatch.GetElapsedTime(started);
            var changes = DatabaseFingerprint.Differences(_lastFingerprint, after);
            _lastFingerprint = after;

            var problem = ProblemIn(request, response, status, body);
            if (problem is null && status >= 400 && changes.Count > 0)
            {
                problem = $"the refused request changed the database: {string.Join("; ", changes)}";
            }

            if (problem is not null)
            {
                var text = Encoding.UTF8.GetString(body);
                return $"as {role}: {status} {response.Content.Headers.ContentType}: {problem}\n  response: {(text.Length > 1_000 ? text[..1_000] + "…" : text)}";
            }
        }

        return null;
    }

    private static string? ProblemIn(FuzzRequest request, HttpResponseMessage response, int status, byte[] body)
    {
        if (status >= 500)
        {
            return "a server error";
        }

        if (status < 400)
        {
            if (response.Content.Headers.ContentType?.MediaType == "application/json" && !IsJson(body))
            {
                return "a success whose body is not JSON";
            }

            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return "an error that is not application/problem+json";
        }

        if (request.Method == "HEAD")
        {
            return null;
        }

        JsonElement problem;
        try
        {
            problem = JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException)
        {
            return "a problem whose body is not JSON";
        }

        if (problem.ValueKind != JsonValueKind.Object)
        {
            return "a problem that is not a JSON object";
        }

        if (!problem.TryGetProperty("status", out var statusMember) || statusMember.ValueKind != JsonValueKind.Number || statusMember.GetInt32() != status)
        {
            return "a problem without the response's status";
        }

        foreach (var member in new[] { "type", "title", "detail", "instance", "traceId", "code" })
        {
            if (!problem.TryGetProperty(member, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
            {
                return $"a problem without '{member}'";
            }
        }

        var text = Encoding.UTF8.GetString(body);
        foreach (var leak in new[] { "Exception", "Npgsql", "SqlState", "   at ", "stackTrace", "System." })
        {
            if (text.Contains(leak, StringComparison.Ordinal))
            {
                return $"a problem that shows internals ('{leak}')";
            }
        }

        return null;
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Report(string line)
    {
        output.WriteLine(line);

        // Also on the test run's own output, where the test command's console shows it.
        Console.WriteLine(line);
    }

    // ----------------------------------------------------------------- seeding

    /// <summary>
    /// Clients for every role and a little of everything (innovations in several states, a replication
    /// request, a hub partner, spare API clients to revoke), whose ids and cursors the generator uses.
    /// </summary>
    private async Task SeedAsync(HttpClient anonymous, HttpClient ministry)
    {
        var surabaya = (await anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies?q=Kota%20Surabaya", Json)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var bali = (await anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies?type=provincialGovernment&provinceCode=51", Json)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var jatimHub = (await anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/35", Json)).GetProperty("hubId").GetGuid();

        var agency = await ClientAsync(ministry, "agency", agencyId: surabaya);
        var hub = await ClientAsync(ministry, "hub", hubId: jatimHub);
        var reader = await ClientAsync(ministry, "reader");
        var requester = await ClientAsync(ministry, "agency", agencyId: bali);
        _roles.AddRange([("anonymous", anonymous), ("ministry", ministry), ("hub", hub.Client), ("agency", agency.Client), ("reader", reader.Client)]);

        var innovations = new List<string>();
        foreach (var steps in new string[][] { [], ["submission"], ["submission", "publish"], ["archival"] })
        {
            var created = await SucceedAsync(agency.Client, HttpMethod.Post, $"{V1}/innovations", InnovationTest.Body());
            var id = created.GetProperty("id").GetString()!;
            foreach (var step in steps)
            {
                _ = step == "publish"
                    ? await SucceedAsync(ministry, HttpMethod.Post, $"{V1}/innovations/{id}/verification", new { decision = "publish" })
                    : await SucceedAsync(agency.Client, HttpMethod.Post, $"{V1}/innovations/{id}/{step}", new { });
            }

            innovations.Add(id);
        }

        var replication = await SucceedAsync(requester.Client, HttpMethod.Post, $"{V1}/replication-requests", new { innovationId = innovations[2], motivation = "Kami ingin mempercepat perizinan.", plannedStartOn = "2024-01-15" });
        var partners = new[]
        {
            await SucceedAsync(ministry, HttpMethod.Post, $"{V1}/hubs/{jatimHub}/partners", new { agencyId = bali }),
            await SucceedAsync(ministry, HttpMethod.Post, $"{V1}/hubs/{jatimHub}/partners", new { name = "Universitas Airlangga", type = "university" }),
        };
        var decoys = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            decoys.Add((await ClientAsync(ministry, "reader")).Id);
        }

        _known.Add("agencies", [.. await IdsAsync(anonymous, "agencies?pageSize=5"), surabaya.ToString(), bali.ToString()]);
        _known.Add("hubs", [.. await IdsAsync(anonymous, "hubs?pageSize=5"), jatimHub.ToString()]);
        _known.Add("innovations", innovations);
        _known.Add("hub-candidacies", await IdsAsync(ministry, "hub-candidacies?pageSize=5"));
        _known.Add("replication-requests", [replication.GetProperty("id").GetString()!]);
        _known.Add("api-clients", decoys);
        _known.Add("partnerId", partners.Select(p => p.GetProperty("id").GetString()!));
        _known.Add("agencyId", _known.For("agencies"));
        _known.Add("requesterAgencyId", _known.For("agencies"));
        _known.Add("hubId", _known.For("hubs"));
        _known.Add("innovationId", innovations);
        _known.Add("clientId", [.. decoys, agency.Id, hub.Id, reader.Id]);
        _known.Add("subjectId", [.. innovations, jatimHub.ToString(), surabaya.ToString()]);
        _known.Add("code", "35", "51", "11", "94");
        _known.Add("provinceCode", "35", "51", "11", "94");
        _known.Add("regencyCode", "35.78", "51.71", "11.01");
        var sectors = (await anonymous.GetFromJsonAsync<JsonElement>($"{V1}/sectors", Json)).GetProperty("items").EnumerateArray().Take(4).Select(s => s.GetProperty("code").GetString()!).ToList();
        _known.Add("sector", sectors);
        _known.Add("leadingSector", sectors);
        _known.Add("year", "2023", "2024", "2020");
        _known.Add("cohortYear", "2023", "2024");
        _known.Add("designationYear", "2020", "2021", "2022");
        foreach (var (client, list) in new[] { (anonymous, "agencies"), (anonymous, "hubs"), (ministry, "innovations"), (ministry, "hub-candidacies"), (ministry, "api-clients"), (ministry, "audit"), (anonymous, $"hubs/{jatimHub}/activities") })
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"{V1}/{list}?pageSize=1", Json);
            if (page.GetProperty("nextCursor").GetString() is { } cursor)
            {
                _known.Add("cursor", cursor);
            }
        }

        Assert.NotEmpty(_known.For("cursor"));
        Assert.NotEmpty(_known.For("partnerId"));
    }

    private async Task<(string Id, HttpClient Client)> ClientAsync(HttpClient ministry, string role, Guid? agencyId = null, Guid? hubId = null)
    {
        var created = await SucceedAsync(ministry, HttpMethod.Post, $"{V1}/api-clients", new { name = $"fuzz {role}", role, agencyId, hubId });
        return (created.GetProperty("id").GetString()!, factory.CreateClient(created.GetProperty("key").GetString()));
    }

    private static async Task<JsonElement> SucceedAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) });
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, string list) =>
        (await client.GetFromJsonAsync<JsonElement>($"{V1}/{list}", Json)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
}
