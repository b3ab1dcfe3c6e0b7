using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchTitleLexemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The title's lexemes of a search vector (weight A): a query matching them matches the title. A plain SQL
            // function, which PostgreSQL inlines into the query.
            migrationBuilder.Sql("""
                CREATE FUNCTION title_lexemes(vector tsvector) RETURNS tsvector
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT ts_filter(vector, '{a}') $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION title_lexemes(tsvector);");
        }
    }
}
