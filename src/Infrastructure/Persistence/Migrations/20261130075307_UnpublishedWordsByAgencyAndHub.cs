using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UnpublishedWordsByAgencyAndHub : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_innovations_search_vector_unpublished",
                table: "innovations");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_innovations_unpublished_words",
                table: "innovations",
                columns: new[] { "agency_id", "hub_id", "search_vector" },
                filter: "state <> 'Published'")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_innovations_unpublished_words",
                table: "innovations");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_innovations_search_vector_unpublished",
                table: "innovations",
                column: "search_vector",
                filter: "state <> 'Published'")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
