using System.Net;
using System.Net.Http.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

/// <summary>
/// A command without an idempotency key whose changes are all new rows is saved in one batch of statements without any
/// transaction, neither the unit of work's nor EF Core's (ADR 30): the batch is still all or nothing. When one of its rows cannot be written, neither the innovation nor
/// its audit entry nor its event is kept.
/// </summary>
public sealed class UnitOfWorkAtomicityTests(ApiFactory factory) : InnovationTest(factory)
{
    [Theory]
    [InlineData("audit_entries", "NEW.action = 'RegisterInnovation'")]
    [InlineData("events", "NEW.subject_type = 'innovation'")]
    [InlineData("innovations", "NEW.title = 'Tak tersimpan'")]
    public async Task A_registration_whose_one_row_cannot_be_written_keeps_none_of_its_rows(string table, string when)
    {
        var before = await CountsAsync();
        // The table and condition are the test's own constants.
        var refuse = $"""
            CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'no room' USING ERRCODE = '53300'; END $$;
            CREATE TRIGGER refuse_row BEFORE INSERT ON {table} FOR EACH ROW WHEN ({when}) EXECUTE FUNCTION refuse_row();
            """;
        var allow = $"DROP TRIGGER refuse_row ON {table}; DROP FUNCTION refuse_row();";
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(refuse));
        HttpResponseMessage refused;
        try
        {
            refused = await Owner.PostAsJsonAsync(Innovations, Body(title: "Tak tersimpan"), Json);
        }
        finally
        {
            await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(allow));
        }

        await Expect.ProblemAsync(refused, HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.Equal(before, await CountsAsync());

        // The same registration afterwards is saved whole: one innovation, its audit entry and its event.
        await Expect.StatusAsync(await Owner.PostAsJsonAsync(Innovations, Body(title: "Tak tersimpan"), Json), HttpStatusCode.Created);
        Assert.Equal((before.Innovations + 1, before.Audit + 1, before.Events + 1), await CountsAsync());
    }

    private Task<(int Innovations, int Audit, int Events)> CountsAsync() => Factory.WithDbAsync(async db => (
        await db.Innovations.CountAsync(),
        await db.AuditEntries.CountAsync(a => a.Action == "RegisterInnovation"),
        await db.Events.CountAsync(e => e.SubjectType == "innovation")));
}
