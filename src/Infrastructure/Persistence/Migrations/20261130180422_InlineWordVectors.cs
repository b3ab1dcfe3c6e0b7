using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Keeps an innovation's row whole in the table up to a page (8,160 bytes), its word vector last to leave it (ADR 32).
    /// Rows already written keep their layout until they are written again; <c>VACUUM FULL innovations</c> in a quiet
    /// hour rewrites them all (the migration does not, because it would lock the registry for minutes).
    /// </summary>
    public partial class InlineWordVectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "innovations")
                .Annotation("Npgsql:StorageParameter:toast_tuple_target", 8160);

            migrationBuilder.Sql("ALTER TABLE innovations ALTER COLUMN search_vector SET STORAGE MAIN;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "innovations")
                .OldAnnotation("Npgsql:StorageParameter:toast_tuple_target", 8160);

            migrationBuilder.Sql("ALTER TABLE innovations ALTER COLUMN search_vector SET STORAGE EXTENDED;");
        }
    }
}
