using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InnovationRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "innovations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    regency_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    problem = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    solution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    novelty = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    impact = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    sector = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    digital = table.Column<bool>(type: "boolean", nullable: false),
                    maturity_stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    implemented_on = table.Column<DateOnly>(type: "date", nullable: true),
                    evidence_links = table.Column<List<string>>(type: "text[]", nullable: false),
                    replicable = table.Column<bool>(type: "boolean", nullable: false),
                    replicated_from_id = table.Column<Guid>(type: "uuid", nullable: true),
                    replication_count = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    last_verification_notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    last_verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('indonesian', coalesce(title, '')), 'A') || setweight(to_tsvector('indonesian', coalesce(summary, '')), 'B') || setweight(to_tsvector('indonesian', coalesce(problem, '') || ' ' || coalesce(solution, '')), 'C')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_innovations", x => x.id);
                    table.ForeignKey(
                        name: "fk_innovations_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_innovations_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_innovations_innovations_replicated_from_id",
                        column: x => x.replicated_from_id,
                        principalTable: "innovations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_innovations_sectors_sector",
                        column: x => x.sector,
                        principalTable: "sectors",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_innovations_agency_id_id",
                table: "innovations",
                columns: new[] { "agency_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_innovations_hub_id_state_id",
                table: "innovations",
                columns: new[] { "hub_id", "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_innovations_province_code_state_id",
                table: "innovations",
                columns: new[] { "province_code", "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_innovations_regency_code_state_id",
                table: "innovations",
                columns: new[] { "regency_code", "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_innovations_replicated_from_id",
                table: "innovations",
                column: "replicated_from_id");

            migrationBuilder.CreateIndex(
                name: "ix_innovations_search_vector",
                table: "innovations",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_innovations_sector_state_id",
                table: "innovations",
                columns: new[] { "sector", "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_innovations_state_id",
                table: "innovations",
                columns: new[] { "state", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "innovations");
        }
    }
}
