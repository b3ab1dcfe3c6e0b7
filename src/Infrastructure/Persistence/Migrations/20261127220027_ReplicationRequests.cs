using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReplicationRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "replication_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    innovation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requester_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requester_province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    facilitating_hub_id = table.Column<Guid>(type: "uuid", nullable: true),
                    motivation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    planned_start_on = table.Column<DateOnly>(type: "date", nullable: false),
                    state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    verification = table.Column<string>(type: "jsonb", nullable: true),
                    agreement = table.Column<string>(type: "jsonb", nullable: true),
                    mentoring_sessions = table.Column<string>(type: "jsonb", nullable: false),
                    completion = table.Column<string>(type: "jsonb", nullable: true),
                    cancellation = table.Column<string>(type: "jsonb", nullable: true),
                    result_innovation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_replication_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_replication_requests_agencies_owner_agency_id",
                        column: x => x.owner_agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_replication_requests_agencies_requester_agency_id",
                        column: x => x.requester_agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_replication_requests_hubs_facilitating_hub_id",
                        column: x => x.facilitating_hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_replication_requests_innovations_innovation_id",
                        column: x => x.innovation_id,
                        principalTable: "innovations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_replication_requests_innovations_result_innovation_id",
                        column: x => x.result_innovation_id,
                        principalTable: "innovations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_replication_requests_facilitating_hub_id_id",
                table: "replication_requests",
                columns: new[] { "facilitating_hub_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_replication_requests_innovation_id_id",
                table: "replication_requests",
                columns: new[] { "innovation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_replication_requests_owner_agency_id_id",
                table: "replication_requests",
                columns: new[] { "owner_agency_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_replication_requests_requester_agency_id_id",
                table: "replication_requests",
                columns: new[] { "requester_agency_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_replication_requests_result_innovation_id",
                table: "replication_requests",
                column: "result_innovation_id");

            migrationBuilder.CreateIndex(
                name: "ix_replication_requests_state_id",
                table: "replication_requests",
                columns: new[] { "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_replication_requests_open",
                table: "replication_requests",
                columns: new[] { "requester_agency_id", "innovation_id" },
                unique: true,
                filter: "state IN ('Submitted', 'Verified', 'Agreed', 'InImplementation')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "replication_requests");
        }
    }
}
