namespace ArticleRecords.Extraction.Tests.Text;

public class LineIndexTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(3, 0, 3)]
    [InlineData(4, 1, 0)]
    [InlineData(5, 2, 0)]
    [InlineData(8, 2, 3)]
    public void Maps_offsets_to_lines_and_columns(int offset, int line, int column)
    {
        var lines = new LineIndex("abc\n\nxyz");
        Assert.Equal(line, lines.LineOf(offset));
        Assert.Equal(column, lines.ColumnOf(offset));
    }

    [Fact]
    public void Knows_where_each_line_starts_and_ends()
    {
        var lines = new LineIndex("abc\n\nxyz");
        Assert.Equal(3, lines.Count);
        Assert.Equal((0, 3), (lines.StartOf(0), lines.EndOf(0)));
        Assert.Equal((4, 4), (lines.StartOf(1), lines.EndOf(1)));
        Assert.Equal((5, 8), (lines.StartOf(2), lines.EndOf(2)));
    }
}
