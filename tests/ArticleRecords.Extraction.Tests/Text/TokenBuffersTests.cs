using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Text;

public class TokenBuffersTests
{
    private const string Short = "Sen. Jane Doe said “yes” on Monday.";

    private static string Long(int sentences) => string.Concat(Enumerable.Repeat("WASHINGTON — Sen. Jane Doe of the U.S. Senate said “no” on Nov. 7, citing $17 billion.\n", sentences));

    [Fact]
    public void A_document_in_a_reused_longer_array_reads_only_its_own_tokens()
    {
        var fresh = ArticleDocument.Parse(Short, CancellationToken.None).Tokens.ToArray();
        ArticleDocument.Parse(Long(200), CancellationToken.None).GiveBackTokens();

        var document = ArticleDocument.Parse(Short, CancellationToken.None);

        Assert.True(document.Tokens.Buffer.Length > document.Tokens.Count);
        Assert.Equal(fresh, document.Tokens.ToArray());
        Assert.Equal(fresh.Length, document.TokenIndexAtOrAfter(int.MaxValue));
        Assert.Throws<IndexOutOfRangeException>(() => document.Tokens[document.Tokens.Count].Start);
    }

    [Fact]
    public void A_document_given_back_has_no_tokens_and_its_array_is_lent_once()
    {
        var given = ArticleDocument.Parse(Long(50), CancellationToken.None);
        given.GiveBackTokens();
        given.GiveBackTokens();

        var first = ArticleDocument.Parse(Short, CancellationToken.None);
        var second = ArticleDocument.Parse(Short, CancellationToken.None);

        Assert.Equal(0, given.Tokens.Count);
        Assert.NotSame(first.Tokens.Buffer, second.Tokens.Buffer);
    }

    [Fact]
    public void The_array_a_huge_article_grew_is_not_kept()
    {
        ArticleDocument.Parse(Long(20_000), CancellationToken.None).GiveBackTokens();

        Assert.True(ArticleDocument.Parse(Short, CancellationToken.None).Tokens.Buffer.Length <= 1 << 16);
    }

    [Fact]
    public async Task Extractions_after_a_longer_and_a_cancelled_one_find_what_a_fresh_thread_finds()
    {
        var fresh = await Task.Factory.StartNew(() => ArticleExtractor.Extract(Short), TaskCreationOptions.LongRunning);
        ArticleExtractor.Extract(Long(200));
        using (var cancelled = new CancellationTokenSource())
        {
            cancelled.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract(Long(300), cancellationToken: cancelled.Token));
        }

        Assert.Equal(fresh, ArticleExtractor.Extract(Short));
    }
}
