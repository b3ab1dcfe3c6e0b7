using Jipp.Domain.Agencies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Sectors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class InnovationConfiguration : IEntityTypeConfiguration<Innovation>
{
    public const string SearchVector = "SearchVector";

    public void Configure(EntityTypeBuilder<Innovation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.ProvinceCode).HasMaxLength(2);
        builder.Property(i => i.RegencyCode).HasMaxLength(5);
        builder.Property(i => i.Title).HasMaxLength(InnovationContent.TitleMaxLength);
        builder.Property(i => i.UnitName).HasMaxLength(InnovationContent.UnitNameMaxLength);
        builder.Property(i => i.Summary).HasMaxLength(InnovationContent.SummaryMaxLength);
        builder.Property(i => i.Problem).HasMaxLength(InnovationContent.TextMaxLength);
        builder.Property(i => i.Solution).HasMaxLength(InnovationContent.TextMaxLength);
        builder.Property(i => i.Novelty).HasMaxLength(InnovationContent.TextMaxLength);
        builder.Property(i => i.Impact).HasMaxLength(InnovationContent.TextMaxLength);
        builder.Property(i => i.Sector).HasMaxLength(50);
        builder.Property(i => i.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.MaturityStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.LastDecision).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.LastVerificationNotes).HasMaxLength(InnovationContent.TextMaxLength);

        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hub>().WithMany().HasForeignKey(i => i.HubId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sector>().WithMany().HasForeignKey(i => i.Sector).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Innovation>().WithMany().HasForeignKey(i => i.ReplicatedFromId).OnDelete(DeleteBehavior.Restrict);

        // Full-text search over title (weight A), summary (B), problem and solution (C), with
        // PostgreSQL's Indonesian stemmer, so that "izin" finds "Perizinan".
        builder.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql(
                "setweight(to_tsvector('indonesian', coalesce(title, '')), 'A') || " +
                "setweight(to_tsvector('indonesian', coalesce(summary, '')), 'B') || " +
                "setweight(to_tsvector('indonesian', coalesce(problem, '') || ' ' || coalesce(solution, '')), 'C')",
                stored: true);
        builder.HasIndex(SearchVector).HasMethod("GIN");

        // Rows of up to a page stay whole in the table, the word vector with them (storage MAIN, set by the migration):
        // by default PostgreSQL moved the vector of most innovations (about 2 KB a row) to the TOAST table, and a search
        // read it from there three times per row of its window (the match, the title match, the rank) (ADR 32).
        builder.HasStorageParameter("toast_tuple_target", 8160);

        // The unpublished innovations' words with their agency and hub (btree_gin): a search of what an agency or a
        // hub sees besides the published innovations (its own drafts, submissions, …) is one GIN scan that joins the
        // words' entries with the agency's or hub's inside the index, instead of a bitmap of all the agency's
        // innovations (ADR 17).
        builder.HasIndex([nameof(Innovation.AgencyId), nameof(Innovation.HubId), SearchVector], "UnpublishedSearchVector")
            .HasDatabaseName("ix_innovations_unpublished_words").HasMethod("GIN").HasFilter("state <> 'Published'");

        // Lists walk the id in descending order (newest first), within the usual filters.
        builder.HasIndex(i => new { i.State, i.Id });
        builder.HasIndex(i => new { i.ProvinceCode, i.State, i.Id });
        builder.HasIndex(i => new { i.AgencyId, i.Id });
        builder.HasIndex(i => new { i.HubId, i.State, i.Id });
        builder.HasIndex(i => new { i.Sector, i.State, i.Id });
        builder.HasIndex(i => new { i.RegencyCode, i.State, i.Id });

        // The filter pairs that dashboards send (province + sector, hub + sector): without them PostgreSQL reads every
        // match of one filter and sorts, instead of walking one index in id order and stopping after a page.
        builder.HasIndex(i => new { i.ProvinceCode, i.Sector, i.State, i.Id });
        builder.HasIndex(i => new { i.HubId, i.Sector, i.State, i.Id });

        // The same for the part of a list that an agency sees besides the published innovations (its own drafts,
        // submissions, …): by state, and by sector among the unpublished. With only (agency_id, id), PostgreSQL
        // intersected a bitmap of all the agency's innovations with the filter's index and sorted.
        // The migration also tells the planner that an agency's province and regency follow from the agency
        // (extended statistics), or it takes an agency + province filter for a handful of rows and does the same.
        builder.HasIndex(i => new { i.AgencyId, i.State, i.Id });
        builder.HasIndex(i => new { i.AgencyId, i.Sector, i.Id }, "UnpublishedBySector")
            .HasDatabaseName("ix_innovations_unpublished_agency_id_sector_id").HasFilter("state <> 'Published'");
        builder.HasIndex(i => i.ReplicatedFromId);

        // Hub scorecards (ADR 27): the innovations published in a period, by province, counted from the index alone; and
        // whether a regency had a published innovation at a moment (published before it, not archived by then), one
        // probe per regency that stops at its first match.
        builder.HasIndex(i => new { i.ProvinceCode, i.PublishedAt }, "PublishedByProvince")
            .HasDatabaseName("ix_innovations_published_province_code_published_at").HasFilter("published_at IS NOT NULL");
        builder.HasIndex(i => new { i.RegencyCode, i.PublishedAt }, "PublishedByRegency")
            .HasDatabaseName("ix_innovations_published_regency_code_published_at").HasFilter("published_at IS NOT NULL")
            .IncludeProperties(i => i.ArchivedAt);

        // The open data export's ETag: the newest change among innovations ever published (publication, archival,
        // counted replication), read from the end of this index in one probe (ADR 28).
        builder.HasIndex(i => i.UpdatedAt).HasDatabaseName("ix_innovations_published_changes").HasFilter("published_at IS NOT NULL");
    }
}
