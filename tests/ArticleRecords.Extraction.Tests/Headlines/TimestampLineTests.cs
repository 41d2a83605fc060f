using System.Threading;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Headlines;

public class TimestampLineTests
{
    private static bool IsTimestamp(string line) =>
        TimestampLine.Is(ArticleDocument.Parse(line, CancellationToken.None), 0);

    [Theory]
    [InlineData("Updated 10:42 a.m. ET, Nov. 7, 2025")]
    [InlineData("UPDATED: March 3, 2024")]
    [InlineData("Published 11/07/2025")]
    [InlineData("Last updated on Nov. 8, 2025 at 9:15 p.m.")]
    public void Reads_a_stamp_word_and_a_number_as_a_time_stamp(string line) => Assert.True(IsTimestamp(line));

    [Theory]
    [InlineData("Updated figures were not available.")]
    [InlineData("Posted guards stood at the 3 gates of the old city while the crowd waited for the mayor to arrive and speak.")]
    [InlineData("The page was updated 3 times.")]
    [InlineData("Last year 3 people drowned here.")]
    public void Reads_a_sentence_as_no_time_stamp(string line) => Assert.False(IsTimestamp(line));
}
