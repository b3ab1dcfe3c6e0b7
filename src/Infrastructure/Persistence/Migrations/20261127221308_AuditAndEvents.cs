using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditAndEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trace_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "0"),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_client_id_id",
                table: "audit_entries",
                columns: new[] { "client_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id_id",
                table: "audit_entries",
                columns: new[] { "subject_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_sequence",
                table: "events",
                column: "sequence",
                unique: true);

            // Events get their sequence in commit order: each writer takes a transaction-level lock
            // before drawing the next value and keeps it until it commits, so a reader polling with
            // "after" never later finds an event below what it has seen.
            migrationBuilder.Sql("""
                CREATE SEQUENCE event_sequence AS bigint;
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS events_assign_sequence ON events; DROP FUNCTION IF EXISTS assign_event_sequence(); DROP SEQUENCE IF EXISTS event_sequence;");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
