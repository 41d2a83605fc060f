using System.Threading;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Headlines;

public class ParagraphShapeTests
{
    private static ParagraphShape Measure(string text) => ParagraphShape.Measure(ArticleDocument.Parse(text, CancellationToken.None), 0);

    [Fact]
    public void Measures_a_title_case_headline()
    {
        var shape = Measure("Republican Donor Adelson and Trump May be Aligning on Israel.");
        Assert.Equal(new ParagraphShape(10, 1, IsTitleCase: true, EndsWithTerminator: true, EndsWith: '.', HasLeadWord: false, HasAuxiliary: false), shape);
    }

    [Fact]
    public void Measures_a_news_lead()
    {
        var shape = Measure("The mayor said on Monday that the town was flooded. It was.");
        Assert.Equal(new ParagraphShape(12, 2, IsTitleCase: false, EndsWithTerminator: true, EndsWith: '.', HasLeadWord: true, HasAuxiliary: true), shape);
    }

    [Theory]
    [InlineData("Trump: ‘I’m the Worst Thing That Ever Happened.’", true)]
    [InlineData("Senate passes storm relief bill", false)]
    [InlineData("What next?”", true)]
    public void Sees_the_closing_punctuation_behind_closing_quotation_marks(string text, bool endsWithTerminator) =>
        Assert.Equal(endsWithTerminator, Measure(text).EndsWithTerminator);

    [Fact]
    public void Counts_a_weekday_as_a_lead_word_only_after_on()
    {
        Assert.False(Measure("Sanders buys ad time for 4 Super Tuesday states.").HasLeadWord);
        Assert.True(Measure("Sanders bought ad time on Tuesday.").HasLeadWord);
    }
}
