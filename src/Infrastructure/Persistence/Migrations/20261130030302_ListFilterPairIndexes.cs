using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListFilterPairIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_innovations_hub_id_sector_state_id",
                table: "innovations",
                columns: new[] { "hub_id", "sector", "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_innovations_province_code_sector_state_id",
                table: "innovations",
                columns: new[] { "province_code", "sector", "state", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_innovations_hub_id_sector_state_id",
                table: "innovations");

            migrationBuilder.DropIndex(
                name: "ix_innovations_province_code_sector_state_id",
                table: "innovations");
        }
    }
}
