using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jipp.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MatchmakingTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The term table of matchmaking (ADR 26): how many published innovations hold each lexeme, and how many
            // there are. Derived data, outside the EF model: the background refresher computes it with ts_stat, so a
            // request weighs its words by rarity with a key lookup each instead of scanning the registry.
            migrationBuilder.Sql("""
                CREATE TABLE matchmaking_terms (
                    lexeme text PRIMARY KEY,
                    documents integer NOT NULL
                );
                CREATE TABLE matchmaking_corpus (
                    id smallint PRIMARY KEY CHECK (id = 1),
                    documents integer NOT NULL,
                    refreshed_at timestamptz NOT NULL
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE matchmaking_corpus; DROP TABLE matchmaking_terms;");
        }
    }
}
