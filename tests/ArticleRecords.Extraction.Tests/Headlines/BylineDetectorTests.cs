using System.Threading;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Headlines;

public class BylineDetectorTests
{
    private static bool IsByline(string line) =>
        BylineDetector.IsByline(ArticleDocument.Parse(line, CancellationToken.None), 0);

    [Theory]
    [InlineData("By Elena Marsh")]
    [InlineData("BY ELENA MARSH")]
    [InlineData("By Tom Ellery and Jane Merriwether, Associated Press")]
    [InlineData("By Ludwig van Beethoven")]
    [InlineData("Elena Marsh, Staff Writer")]
    [InlineData("Tom Ellery and Jane Merriwether, Associated Press")]
    [InlineData("Priya Nandakumar, Senior Correspondent")]
    [InlineData("BYLINE: Amber Phillips.")]
    public void Reads_by_and_a_name_as_a_byline(string line) => Assert.True(IsByline(line));

    [Theory]
    [InlineData("By the time the river crested, the town was empty.")]
    [InlineData("By Tuesday; nobody knew.")]
    [InlineData("Elena Marsh")]
    [InlineData("By")]
    [InlineData("Elena Marsh, a nurse, said the ward was full.")]
    [InlineData("Portland, Maine")]
    [InlineData("Senate Passes Bill, Sends It To Governor")]
    [InlineData("BYLINE: the river rose.")]
    public void Reads_a_sentence_starting_with_by_as_no_byline(string line) => Assert.False(IsByline(line));
}
