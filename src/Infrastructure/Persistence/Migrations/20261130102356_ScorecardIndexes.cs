using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ScorecardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_innovations_published_province_code_published_at",
                table: "innovations",
                columns: new[] { "province_code", "published_at" },
                filter: "published_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_innovations_published_regency_code_published_at",
                table: "innovations",
                columns: new[] { "regency_code", "published_at" },
                filter: "published_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "archived_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_innovations_published_province_code_published_at",
                table: "innovations");

            migrationBuilder.DropIndex(
                name: "ix_innovations_published_regency_code_published_at",
                table: "innovations");
        }
    }
}
