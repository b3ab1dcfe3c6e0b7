using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Npgsql;

namespace Jipp.Api.Tests.Search;

/// <summary>
/// An innovation's row, its word vector included, stays whole in the table up to a page (ADR 32): a search reads the
/// vector of each row of its window three times, and from the TOAST table each read cost an index lookup and a page.
/// </summary>
public sealed class WordVectorStorageTests(ApiFactory factory) : InnovationTest(factory)
{
    [Fact]
    public async Task Innovations_with_long_texts_keep_their_word_vectors_in_the_table_and_are_found_by_any_of_their_words()
    {
        // About 6 KB a row, with a vector of some 300 different words: PostgreSQL's default (rows of at most 2 KB in
        // the table) moved such a vector out, compressed or not.
        var random = new Random(20261130);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var body = Body(title: $"Layanan Terpadu Kecamatan {i}");
            body["problem"] = Words(random, 1200);
            body["solution"] = $"{Words(random, 1200)} penanda{i}";
            ids.Add(await InStateAsync(i == 0 ? "draft" : "published", body));
        }

        Assert.Equal(0L, await ChunksOutsideTheTableAsync());

        var found = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}?q=penanda2", Json);
        Assert.Equal([ids[2]], found.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
        var own = await Owner.GetFromJsonAsync<JsonElement>($"{Innovations}?q=penanda0", Json);
        Assert.Equal([ids[0]], own.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
    }

    // Words of two to four syllables drawn at random: text that compresses about as little as real prose.
    private static string Words(Random random, int length)
    {
        string[] syllables = ["ka", "ri", "mu", "to", "sa", "le", "po", "ne", "gu", "di", "ba", "we", "ju", "ho", "tan", "ser", "lim", "dar", "pun", "kel"];
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var count = random.Next(2, 5);
            for (var s = 0; s < count; s++)
            {
                text.Append(syllables[random.Next(syllables.Length)]);
            }

            text.Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    private async Task<long> ChunksOutsideTheTableAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var toast = new NpgsqlCommand("SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = 'innovations'::regclass", connection);
        var table = (string)(await toast.ExecuteScalarAsync())!;
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
