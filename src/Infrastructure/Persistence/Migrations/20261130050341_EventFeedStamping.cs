using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The event feed without a global write lock (docs/adr/0018-event-feed-without-a-global-lock.md): writers
    /// no longer take an advisory lock to draw a position at insert. An event is inserted without a position
    /// (<c>sequence</c> NULL) and with a <c>write_order</c> from a sequence; <c>stamp_events()</c>, under a lock
    /// that only stampers take, gives committed events the next positions in write order.
    /// </summary>
    public partial class EventFeedStamping : Migration
    {
        /// <summary>Only stampers take it (EventFeedSchema.StamperLock); the old writers' lock was 736602101.</summary>
        private const long StamperLock = 736602102;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The writers' lock and the position drawn at insert go.
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS events_assign_sequence ON events;
                DROP FUNCTION IF EXISTS assign_event_sequence();
                DROP SEQUENCE IF EXISTS event_sequence;
                """);

            migrationBuilder.CreateSequence(
                name: "event_write_order");

            // NULL: committed (or not yet) but not yet positioned.
            migrationBuilder.AlterColumn<long>(
                name: "sequence",
                table: "events",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldDefaultValueSql: "0");

            migrationBuilder.AddColumn<short>(
                name: "version",
                table: "events",
                type: "smallint",
                nullable: false,
                defaultValue: (short)1);

            // The events already there keep their order: write order = their position.
            migrationBuilder.AddColumn<long>(
                name: "write_order",
                table: "events",
                type: "bigint",
                nullable: true);
            migrationBuilder.Sql("""
                UPDATE events SET write_order = sequence;
                SELECT setval('event_write_order', coalesce(max(write_order), 0) + 1, false) FROM events;
                """);
            migrationBuilder.AlterColumn<long>(
                name: "write_order",
                table: "events",
                type: "bigint",
                nullable: false,
                defaultValueSql: "nextval('event_write_order')",
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_unstamped",
                table: "events",
                column: "write_order",
                filter: "sequence IS NULL");

            // The stamper. The lock serialises stampers (across instances); writers never take it. The UPDATE is a
            // new statement after the lock was granted, so under READ COMMITTED it has a new snapshot: it sees every
            // event committed before then, and the positions of every earlier stamper (a transaction lets its
            // advisory locks go only after its commit is visible). New positions continue from the largest, one
            // per event in write order, in one transaction: a reader sees all of a batch or none of it, and never
            // a new position at or below one it has seen.
            migrationBuilder.Sql($$"""
                CREATE FUNCTION stamp_events(max_rows integer DEFAULT 5000) RETURNS integer
                LANGUAGE plpgsql VOLATILE AS $$
                DECLARE
                    stamped integer;
                BEGIN
                    IF current_setting('transaction_isolation') <> 'read committed' THEN
                        RAISE EXCEPTION 'stamp_events() runs under READ COMMITTED only: it must see what committed before it took the stamper lock';
                    END IF;
                    PERFORM pg_advisory_xact_lock({{StamperLock}});
                    WITH batch AS (
                        SELECT u.id, row_number() OVER (ORDER BY u.write_order) AS n
                        FROM (SELECT id, write_order FROM events WHERE sequence IS NULL ORDER BY write_order LIMIT max_rows) AS u
                    ), last AS (
                        SELECT coalesce(max(sequence), 0) AS sequence FROM events
                    )
                    UPDATE events AS e
                    SET sequence = last.sequence + batch.n
                    FROM batch CROSS JOIN last
                    WHERE e.id = batch.id;
                    GET DIAGNOSTICS stamped = ROW_COUNT;
                    RETURN stamped;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Every committed event gets its position first, so that the column can be NOT NULL again.
            migrationBuilder.Sql("""
                SELECT stamp_events(2147483647);
                DROP FUNCTION stamp_events(integer);
                """);

            migrationBuilder.DropIndex(
                name: "ix_events_unstamped",
                table: "events");

            migrationBuilder.DropColumn(
                name: "version",
                table: "events");

            migrationBuilder.DropColumn(
                name: "write_order",
                table: "events");

            migrationBuilder.DropSequence(
                name: "event_write_order");

            migrationBuilder.AlterColumn<long>(
                name: "sequence",
                table: "events",
                type: "bigint",
                nullable: false,
                defaultValueSql: "0",
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            // The writers' lock of migration AuditAndEvents.
            migrationBuilder.Sql("""
                CREATE SEQUENCE event_sequence AS bigint;
                SELECT setval('event_sequence', coalesce(max(sequence), 0) + 1, false) FROM events;
                CREATE FUNCTION assign_event_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(736602101);
                    NEW.sequence := nextval('event_sequence');
                    RETURN NEW;
                END
                $$;
                CREATE TRIGGER events_assign_sequence BEFORE INSERT ON events
                    FOR EACH ROW EXECUTE FUNCTION assign_event_sequence();
                """);
        }
    }
}
