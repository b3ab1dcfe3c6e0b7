using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HubOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "candidacies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    cohort_year = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    track_record = table.Column<string>(type: "jsonb", nullable: false),
                    invitation = table.Column<string>(type: "jsonb", nullable: true),
                    willingness = table.Column<string>(type: "jsonb", nullable: true),
                    commitment = table.Column<string>(type: "jsonb", nullable: true),
                    readiness = table.Column<string>(type: "jsonb", nullable: true),
                    assessment = table.Column<string>(type: "jsonb", nullable: true),
                    designation = table.Column<string>(type: "jsonb", nullable: true),
                    rejection = table.Column<string>(type: "jsonb", nullable: true),
                    withdrawal = table.Column<string>(type: "jsonb", nullable: true),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_candidacies", x => x.id);
                    table.ForeignKey(
                        name: "fk_candidacies_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_candidacies_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cohort_policies",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    min_score = table.Column<int>(type: "integer", nullable: false),
                    min_published_innovations = table.Column<int>(type: "integer", nullable: false),
                    min_regency_coverage = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    min_partners = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohort_policies", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "hub_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    agency_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    innovation_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hub_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_hub_activities_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_candidacies_agency_id_id",
                table: "candidacies",
                columns: new[] { "agency_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_candidacies_cohort_year_state_id",
                table: "candidacies",
                columns: new[] { "cohort_year", "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_candidacies_hub_id",
                table: "candidacies",
                column: "hub_id");

            migrationBuilder.CreateIndex(
                name: "ux_candidacies_open_agency",
                table: "candidacies",
                column: "agency_id",
                unique: true,
                filter: "state IN ('Shortlisted', 'Invited', 'Willing', 'Committed', 'ReadinessSubmitted', 'Assessed')");

            migrationBuilder.CreateIndex(
                name: "ix_hub_activities_hub_id_id",
                table: "hub_activities",
                columns: new[] { "hub_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "candidacies");

            migrationBuilder.DropTable(
                name: "cohort_policies");

            migrationBuilder.DropTable(
                name: "hub_activities");
        }
    }
}
