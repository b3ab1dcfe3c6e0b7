using Jipp.Application.Agencies.ListAgencies;
using Jipp.Application.Common.Paging;
using Jipp.Application.Common.Querying;

namespace Jipp.Application.Tests;

public sealed class CursorTests
{
    [Fact]
    public void A_cursor_round_trips_its_position()
    {
        var position = new AgencyCursor("Pemerintah Kota Surabaya", Guid.CreateVersion7());

        var cursor = Cursor.Encode(position);

        Assert.True(Cursor.TryDecode<AgencyCursor>(cursor, out var decoded));
        Assert.Equal(position, decoded);
        Assert.DoesNotContain('+', cursor);
        Assert.DoesNotContain('/', cursor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("bm90IGpzb24")]
    [InlineData("eyJ4IjoxfQ")]
    [InlineData("eyJuYW1lIjpudWxsLCJpZCI6IjAxOTVlMWEyLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMCJ9")]
    public void Foreign_or_tampered_cursors_are_refused(string cursor)
    {
        Assert.False(Cursor.TryDecode<AgencyCursor>(cursor, out _));
    }

    [Fact]
    public void A_cursor_whose_position_holds_a_nul_character_is_refused()
    {
        // PostgreSQL refuses U+0000 in text: such a position could never come from the service.
        var cursor = Cursor.Encode(new AgencyCursor("\0", Guid.Empty));

        Assert.False(Cursor.TryDecode<AgencyCursor>(cursor, out _));
        Assert.False(Cursor.TryDecode<AgencyCursor>("eyJOYW1lIjoiXHUwMDAwIiwiSWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ", out _));
    }

    [Fact]
    public void An_overlong_cursor_is_refused_without_decoding()
    {
        Assert.False(Cursor.TryDecode<AgencyCursor>(new string('A', 4096), out _));
    }

    [Fact]
    public void A_page_of_exactly_the_page_size_has_no_next_cursor()
    {
        var page = Cursor.ToPage([1, 2, 3], 3, i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([1, 2, 3], page.Items);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public void One_row_more_than_the_page_size_gives_a_cursor_at_the_last_item()
    {
        var page = Cursor.ToPage([1, 2, 3, 4], 3, i => "after-" + i);

        Assert.Equal([1, 2, 3], page.Items);
        Assert.Equal("after-3", page.NextCursor);
    }

    [Theory]
    [InlineData("50%", "%50\\%%")]
    [InlineData("a_b", "%a\\_b%")]
    [InlineData("c:\\dir", "%c:\\\\dir%")]
    public void Like_patterns_match_wildcards_literally(string text, string pattern)
    {
        Assert.Equal(pattern, LikePattern.Contains(text));
    }
}
