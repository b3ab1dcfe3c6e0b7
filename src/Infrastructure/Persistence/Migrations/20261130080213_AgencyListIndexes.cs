using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AgencyListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_innovations_agency_id_state_id",
                table: "innovations",
                columns: new[] { "agency_id", "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_innovations_unpublished_agency_id_sector_id",
                table: "innovations",
                columns: new[] { "agency_id", "sector", "id" },
                filter: "state <> 'Published'");

            // An agency lies in one province and regency (a hub in one province): without this the planner multiplies
            // the selectivities of agency and province as if independent and misjudges an agency's lists.
            migrationBuilder.Sql("CREATE STATISTICS IF NOT EXISTS st_innovations_agency_place (dependencies) ON agency_id, province_code, regency_code FROM innovations;");
            migrationBuilder.Sql("CREATE STATISTICS IF NOT EXISTS st_innovations_hub_place (dependencies) ON hub_id, province_code FROM innovations;");
            migrationBuilder.Sql("ANALYZE innovations;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP STATISTICS IF EXISTS st_innovations_agency_place;");
            migrationBuilder.Sql("DROP STATISTICS IF EXISTS st_innovations_hub_place;");
            migrationBuilder.DropIndex(
                name: "ix_innovations_agency_id_state_id",
                table: "innovations");

            migrationBuilder.DropIndex(
                name: "ix_innovations_unpublished_agency_id_sector_id",
                table: "innovations");
        }
    }
}
