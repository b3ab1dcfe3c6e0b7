using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

public sealed class IdempotencyTests(ApiFactory factory) : InnovationTest(factory)
{
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Innovations) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private Task<int> InnovationCountAsync() => Factory.WithDbAsync(db => db.Innovations.CountAsync());

    [Fact]
    public async Task A_retry_with_the_same_key_replays_the_first_response_and_creates_nothing()
    {
        var first = await PostAsync(Owner, "registrasi-001", Body());
        var retry = await PostAsync(Owner, "registrasi-001", Body());

        await Expect.StatusAsync(first, HttpStatusCode.Created);
        await Expect.StatusAsync(retry, HttpStatusCode.Created);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotency-Replayed")));
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(1, await InnovationCountAsync());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422()
    {
        await Expect.StatusAsync(await PostAsync(Owner, "registrasi-002", Body(title: "Pertama")), HttpStatusCode.Created);

        var reused = await PostAsync(Owner, "registrasi-002", Body(title: "Kedua"));

        await Expect.ProblemAsync(reused, (HttpStatusCode)422, "idempotency_key_reused");
        Assert.Equal(1, await InnovationCountAsync());
    }

    [Fact]
    public async Task Fifty_concurrent_identical_posts_with_one_key_create_exactly_one_resource()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => PostAsync(Owner, "serentak-050", Body())));

        Assert.Equal(1, await InnovationCountAsync());
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(created);
        Assert.Single(created.Select(r => r.Headers.Location!.OriginalString).Distinct());
        foreach (var waiting in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await Expect.ProblemAsync(waiting, HttpStatusCode.Conflict, "idempotency_in_progress");
        }
    }

    [Fact]
    public async Task Keys_belong_to_their_client()
    {
        var colleague = await ClientWithRoleAsync("agency", agencyId: SurabayaId);

        await Expect.StatusAsync(await PostAsync(Owner, "kunci-bersama", Body()), HttpStatusCode.Created);
        var other = await PostAsync(colleague, "kunci-bersama", Body());

        await Expect.StatusAsync(other, HttpStatusCode.Created);
        Assert.False(other.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(2, await InnovationCountAsync());
    }

    [Fact]
    public async Task A_refusal_is_replayed_too()
    {
        var bad = Body();
        bad["sector"] = "space";

        var first = await PostAsync(Owner, "registrasi-salah", bad);
        var retry = await PostAsync(Owner, "registrasi-salah", bad);

        await Expect.ValidationProblemAsync(first, "sector");
        await Expect.ValidationProblemAsync(retry, "sector");
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotency-Replayed")));
    }

    [Fact]
    public async Task Errors_without_a_body_of_their_own_are_problems_with_a_key_too_and_when_replayed()
    {
        // No route matches (the id is no GUID), and a content type the endpoint does not read: the
        // framework answers these without a body; with a key they must still be problem responses.
        var noRoute = new HttpRequestMessage(HttpMethod.Post, $"{Innovations}/undefined/submission") { Content = JsonContent.Create(new { }, options: Json) };
        noRoute.Headers.Add("Idempotency-Key", "tanpa-rute");
        await Expect.ProblemAsync(await Owner.SendAsync(noRoute), HttpStatusCode.NotFound, "not_found");

        var retry = new HttpRequestMessage(HttpMethod.Post, $"{Innovations}/undefined/submission") { Content = JsonContent.Create(new { }, options: Json) };
        retry.Headers.Add("Idempotency-Key", "tanpa-rute");
        var replayed = await Owner.SendAsync(retry);
        await Expect.ProblemAsync(replayed, HttpStatusCode.NotFound, "not_found");
        Assert.Equal("true", Assert.Single(replayed.Headers.GetValues("Idempotency-Replayed")));

        var wildcard = new HttpRequestMessage(HttpMethod.Post, Innovations) { Content = new StringContent("{}", System.Text.Encoding.UTF8) };
        wildcard.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/*");
        wildcard.Headers.Add("Idempotency-Key", "tipe-isi");
        await Expect.ProblemAsync(await Owner.SendAsync(wildcard), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        Assert.Equal(0, await InnovationCountAsync());
    }

    [Fact]
    public async Task Keys_longer_than_255_characters_are_400()
    {
        var response = await PostAsync(Owner, new string('k', 256), Body());

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(0, await InnovationCountAsync());
    }

    [Fact]
    public async Task Workflow_actions_replay_without_acting_twice()
    {
        var id = await InStateAsync("draft");

        async Task<HttpResponseMessage> SubmitAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{Innovations}/{id}/submission") { Content = JsonContent.Create(new { }) };
            request.Headers.Add("Idempotency-Key", "kirim-1");
            return await Owner.SendAsync(request);
        }

        var first = await SubmitAsync();
        var retry = await SubmitAsync();

        await Expect.StatusAsync(first, HttpStatusCode.OK);
        await Expect.StatusAsync(retry, HttpStatusCode.OK);
        Assert.Equal("submitted", (await retry.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("state").GetString());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "SubmitInnovation")));
    }

    [Fact]
    public async Task A_key_whose_change_was_applied_is_never_run_again_but_an_abandoned_claim_is_taken_over()
    {
        await Expect.StatusAsync(await PostAsync(Owner, "diterapkan", Body(title: "Diterapkan")), HttpStatusCode.Created);
        await Expect.StatusAsync(await PostAsync(Owner, "ditinggalkan", Body(title: "Ditinggalkan")), HttpStatusCode.Created);
        Assert.Equal(2, await InnovationCountAsync());

        // As if the responses were lost: one after its change committed, one before any change.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE idempotency_keys SET state = CASE key WHEN 'diterapkan' THEN 'applied' ELSE 'in_progress' END, response_body = NULL, response_status = NULL, created_at = now() - interval '3 minutes'"));

        var applied = await PostAsync(Owner, "diterapkan", Body(title: "Diterapkan"));
        var abandoned = await PostAsync(Owner, "ditinggalkan", Body(title: "Ditinggalkan"));

        await Expect.ProblemAsync(applied, HttpStatusCode.Conflict, "idempotency_in_progress");
        await Expect.StatusAsync(abandoned, HttpStatusCode.Created);
        Assert.Equal(3, await InnovationCountAsync());
    }

    [Fact]
    public async Task A_change_whose_response_cannot_be_kept_does_not_commit_and_its_retry_runs_once()
    {
        // The database refuses to keep this key's response, as if it went away between the change and the keeping.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION refuse_keeping() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'no room' USING ERRCODE = '53300'; END $$;
            CREATE TRIGGER refuse_keeping BEFORE UPDATE ON idempotency_keys
            FOR EACH ROW WHEN (NEW.key = 'tak-tersimpan' AND NEW.state = 'completed') EXECUTE FUNCTION refuse_keeping();
            """));
        HttpResponseMessage lost;
        try
        {
            lost = await PostAsync(Owner, "tak-tersimpan", Body(title: "Tak tersimpan"));
        }
        finally
        {
            await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_keeping ON idempotency_keys; DROP FUNCTION refuse_keeping();"));
        }

        // The caller is told to retry, and nothing was created that the retry would not find.
        await Expect.ProblemAsync(lost, HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.Equal(0, await InnovationCountAsync());

        var retry = await PostAsync(Owner, "tak-tersimpan", Body(title: "Tak tersimpan"));
        var replay = await PostAsync(Owner, "tak-tersimpan", Body(title: "Tak tersimpan"));

        await Expect.StatusAsync(retry, HttpStatusCode.Created);
        await Expect.StatusAsync(replay, HttpStatusCode.Created);
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(retry.Headers.Location, replay.Headers.Location);
        Assert.Equal(1, await InnovationCountAsync());
    }

    [Fact]
    public async Task A_kept_response_is_completed_in_the_store()
    {
        await Expect.StatusAsync(await PostAsync(Owner, "tersimpan", Body()), HttpStatusCode.Created);

        var state = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT state AS \"Value\" FROM idempotency_keys WHERE key = 'tersimpan'").SingleAsync());

        Assert.Equal("completed", state);
    }
}
