using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The versions of the aggregates become their own column, kept by the domain (it grows with every change, and
    /// with every event raised), instead of PostgreSQL's xmin: a command's response then carries its ETag before it
    /// is saved, and bulk changes count too. Existing rows start at 1; adding a column with a constant default
    /// rewrites no table.
    /// </summary>
    public partial class AggregateVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "innovations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "candidacies",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "cohort_policies",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "hubs",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "replication_requests",
                type: "integer",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "version", table: "innovations");
            migrationBuilder.DropColumn(name: "version", table: "candidacies");
            migrationBuilder.DropColumn(name: "version", table: "cohort_policies");
            migrationBuilder.DropColumn(name: "version", table: "hubs");
            migrationBuilder.DropColumn(name: "version", table: "replication_requests");
        }
    }
}
