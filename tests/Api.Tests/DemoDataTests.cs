using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Domain.Agencies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests;

/// <summary>The demo data set (off in tests by default), seeded explicitly by each test.</summary>
public sealed class DemoDataTests(ApiFactory factory) : ApiTest(factory)
{
    private static readonly DateTimeOffset Earliest = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2025, 12, 31, 23, 59, 59, TimeSpan.Zero);

    [Fact]
    public async Task Demo_data_publishes_at_least_300_innovations_across_provinces_and_sectors()
    {
        await SeedDemoDataAsync();

        var published = await Factory.WithDbAsync(db => db.Innovations
            .Where(i => i.State == InnovationState.Published)
            .Join(db.Agencies, i => i.AgencyId, a => a.Id, (i, a) => new { i.ProvinceCode, i.Sector, i.Form, i.Digital, i.MaturityStage, i.Replicable, i.Title, OwnerType = a.Type })
            .ToListAsync());

        Assert.True(published.Count >= 300, $"only {published.Count} published");
        Assert.True(published.Select(i => i.ProvinceCode).OfType<string>().Distinct().Count() >= 30);
        Assert.True(published.Select(i => i.Sector).Distinct().Count() >= 25);
        Assert.Contains(published, i => i.OwnerType == AgencyType.RegencyGovernment);
        Assert.Contains(published, i => i.OwnerType == AgencyType.CityGovernment);
        Assert.Contains(published, i => i.OwnerType == AgencyType.ProvincialGovernment);
        Assert.Contains(published, i => i.OwnerType == AgencyType.Ministry && i.ProvinceCode == null);
        Assert.Equal(Enum.GetValues<InnovationForm>().Order(), published.Select(i => i.Form).Distinct().Order());
        Assert.Equal(Enum.GetValues<MaturityStage>().Order(), published.Select(i => i.MaturityStage).Distinct().Order());
        Assert.Equal([false, true], published.Select(i => i.Digital).Distinct().Order());
        Assert.InRange(published.Count(i => i.Replicable) * 100 / published.Count, 60, 80);
        Assert.Contains(published, i => i.Title.Contains("Perizinan", StringComparison.Ordinal));
        Assert.True(published.Select(i => i.Title).Distinct().Count() >= published.Count * 95 / 100, "titles are mostly unique");
    }

    [Fact]
    public async Task Demo_data_also_holds_drafts_submissions_and_returned_innovations()
    {
        await SeedDemoDataAsync();

        var states = await Factory.WithDbAsync(db => db.Innovations
            .GroupBy(i => i.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count));
        var returned = await Factory.WithDbAsync(db => db.Innovations.Where(i => i.State == InnovationState.Returned).ToListAsync());

        Assert.True(states.Values.Sum() >= 320);
        Assert.True(states.GetValueOrDefault(InnovationState.Draft) > 0);
        Assert.True(states.GetValueOrDefault(InnovationState.Submitted) > 0);
        Assert.True(states.GetValueOrDefault(InnovationState.Returned) > 0);
        Assert.All(returned, i =>
        {
            Assert.Equal(VerificationDecision.Return, i.LastDecision);
            Assert.False(string.IsNullOrWhiteSpace(i.LastVerificationNotes));
        });
    }

    [Fact]
    public async Task Demo_innovations_have_consistent_dates_links_and_lengths()
    {
        await SeedDemoDataAsync();

        var innovations = await Factory.WithDbAsync(db => db.Innovations.AsNoTracking().ToListAsync());

        Assert.All(innovations, i =>
        {
            Assert.InRange(i.CreatedAt, Earliest, Latest);
            Assert.True(i.StartedOn <= new DateOnly(2025, 12, 31), $"{i.Title} starts {i.StartedOn}");
            Assert.True(i.StartedOn <= DateOnly.FromDateTime(i.CreatedAt.UtcDateTime), $"{i.Title} starts after its registration");
            if (i.MaturityStage == MaturityStage.Implementation)
            {
                Assert.NotNull(i.ImplementedOn);
                Assert.True(i.ImplementedOn >= i.StartedOn, $"{i.Title} implemented before it started");
            }
            else
            {
                Assert.Null(i.ImplementedOn);
            }

            if (i.State != InnovationState.Draft)
            {
                Assert.NotNull(i.SubmittedAt);
                Assert.InRange(i.SubmittedAt.Value, i.CreatedAt, Latest);
            }

            if (i.State is InnovationState.Published or InnovationState.Archived)
            {
                Assert.NotNull(i.PublishedAt);
                Assert.InRange(i.PublishedAt.Value, i.SubmittedAt!.Value, Latest);
            }
            else
            {
                Assert.Null(i.PublishedAt);
            }

            Assert.InRange(i.EvidenceLinks.Count, 0, 3);
            Assert.All(i.EvidenceLinks, link =>
            {
                Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, link);
                Assert.EndsWith(".go.id", uri!.Host, StringComparison.Ordinal);
            });
            Assert.InRange(i.Title.Length, 10, InnovationContent.TitleMaxLength);
            Assert.InRange(i.UnitName.Length, 5, InnovationContent.UnitNameMaxLength);
            Assert.InRange(i.Summary.Length, 40, InnovationContent.SummaryMaxLength);
            Assert.All(new[] { i.Problem, i.Solution, i.Novelty, i.Impact }, text => Assert.InRange(text.Length, 20, InnovationContent.TextMaxLength));
            Assert.DoesNotContain('{', i.Summary + i.Problem + i.Solution + i.Novelty + i.Impact + i.UnitName + i.Title);
        });
    }

    [Fact]
    public async Task Demo_innovations_take_region_and_hub_from_their_owner()
    {
        await SeedDemoDataAsync();

        var innovations = await Factory.WithDbAsync(db => db.Innovations
            .Join(db.Agencies, i => i.AgencyId, a => a.Id, (i, a) => new { i.Title, i.ProvinceCode, i.RegencyCode, i.HubId, OwnerProvince = a.ProvinceCode, OwnerRegency = a.RegencyCode })
            .ToListAsync());
        var hubs = await Factory.WithDbAsync(db => db.Hubs
            .Where(h => h.ProvinceCode != null && h.Status == HubStatus.Active)
            .ToDictionaryAsync(h => h.ProvinceCode!, h => h.Id));

        Assert.True(innovations.Count >= 320);
        Assert.Contains(innovations, i => i.HubId != null);
        Assert.Contains(innovations, i => i.HubId == null && i.ProvinceCode != null);
        Assert.All(innovations, i =>
        {
            Assert.Equal(i.OwnerProvince, i.ProvinceCode);
            Assert.Equal(i.OwnerRegency, i.RegencyCode);
            Guid? expected = i.ProvinceCode is { } code && hubs.TryGetValue(code, out var hub) ? hub : null;
            Assert.True(expected == i.HubId, $"{i.Title} in {i.ProvinceCode} has hub {i.HubId}, expected {expected}");
        });
    }

    [Fact]
    public async Task Seeding_demo_data_again_changes_nothing()
    {
        await SeedDemoDataAsync();
        var before = await FingerprintAsync();

        await SeedDemoDataAsync();

        var after = await FingerprintAsync();
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before.Text, after.Text);
    }

    [Fact]
    public async Task Demo_data_is_the_same_on_every_fresh_run()
    {
        await SeedDemoDataAsync();
        var first = await FingerprintAsync();

        await Factory.ResetAsync();
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Innovations.CountAsync()));
        await SeedDemoDataAsync();
        var second = await FingerprintAsync();

        Assert.True(first.Count >= 320);
        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public async Task Demo_identifiers_are_time_ordered_seed_ids_of_their_creation()
    {
        await SeedDemoDataAsync();

        var innovations = await Factory.WithDbAsync(db => db.Innovations
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.CreatedAt })
            .ToListAsync());

        Assert.Equal(DemoDataSeeder.InnovationCount, innovations.Count);
        for (var n = 0; n < innovations.Count; n++)
        {
            var name = DemoDataSeeder.IdName + n.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(SeedIds.For(name, innovations[n].CreatedAt), innovations[n].Id);
            Assert.Equal(7, innovations[n].Id.Version);
        }

        Assert.Equal(innovations.Select(i => i.Id.ToString()), innovations.Select(i => i.Id.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Seeded_2023_candidacies_show_the_track_record_the_demo_registry_holds_for_their_province()
    {
        var before = await SeededCandidaciesAsync();
        Assert.All(before, c => Assert.Equal(0, c.GetProperty("trackRecord").GetProperty("publishedInnovations").GetInt32()));

        await SeedDemoDataAsync();
        var after = await SeededCandidaciesAsync();
        var registry = await Factory.WithDbAsync(db => db.Innovations
            .Where(i => i.State == InnovationState.Published && i.ProvinceCode != null)
            .GroupBy(i => i.ProvinceCode!)
            .Select(g => new { Province = g.Key, Published = g.Count(), Regencies = g.Where(i => i.RegencyCode != null).Select(i => i.RegencyCode).Distinct().Count() })
            .ToDictionaryAsync(g => g.Province));

        Assert.Equal(7, after.Count);
        Assert.All(after, c =>
        {
            var province = c.GetProperty("provinceCode").GetString()!;
            var track = c.GetProperty("trackRecord");
            Assert.True(track.GetProperty("publishedInnovations").GetInt32() > 0, $"province {province} shows no published innovations");
            Assert.Equal(registry[province].Published, track.GetProperty("publishedInnovations").GetInt32());
            Assert.Equal(registry[province].Regencies, track.GetProperty("regenciesWithInnovations").GetInt32());
        });

        await SeedDemoDataAsync();
        Assert.Equal(after.Select(c => c.ToString()), (await SeededCandidaciesAsync()).Select(c => c.ToString()));
    }

    /// <summary>The seeded candidacies of 2023, in identifier order.</summary>
    private async Task<List<JsonElement>> SeededCandidaciesAsync()
    {
        var page = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/hub-candidacies?cohortYear=2023&pageSize=100", Json);
        return [.. page.GetProperty("items").EnumerateArray().OrderBy(c => c.GetProperty("id").GetGuid())];
    }

    private async Task SeedDemoDataAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    /// <summary>The identity, owner, workflow and text of every innovation, in identifier order.</summary>
    private Task<(int Count, string Text)> FingerprintAsync() => Factory.WithDbAsync(async db =>
    {
        var rows = await db.Innovations.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        var lines = rows.Select(i => string.Join(
            '|',
            i.Id,
            i.AgencyId,
            i.HubId,
            i.Title,
            i.Summary,
            i.Sector,
            i.State,
            i.MaturityStage,
            i.StartedOn.ToString("O", CultureInfo.InvariantCulture),
            i.ImplementedOn?.ToString("O", CultureInfo.InvariantCulture),
            i.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            i.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
            i.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            string.Join(' ', i.EvidenceLinks),
            i.Replicable));
        return (rows.Count, string.Join('\n', lines));
    });
}
