using System;
using System.Collections.Generic;
using System.Threading;
using ArticleRecords.Extraction.Datelines;
using ArticleRecords.Extraction.Headlines;
using ArticleRecords.Extraction.Tests.Places;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Tests.Datelines;

public class DatelineExtractorTests
{
    private static Dateline? Extract(string text, IReadOnlyList<DateMention>? dates = null)
    {
        var document = ArticleDocument.Parse(text, CancellationToken.None);
        return DatelineExtractor.Extract(document, HeadlineDetector.Detect(document), dates ?? Array.Empty<DateMention>(), CancellationToken.None);
    }

    [Fact]
    public void Reads_the_seed_dateline_with_a_spaced_agency_and_a_colon()
    {
        var dateline = Extract(TestArticles.ReadNormalized("KazakhstanAbrahamAccords.txt"));
        Assert.Equal(new Dateline("ASTANA", "WNAM MONITIRONG", null, "ASTANA ( WNAM MONITIRONG):", 0, 26), dateline);
    }

    [Fact]
    public void Reads_the_dateline_after_a_headline_and_a_byline()
    {
        var text = TestArticles.ReadNormalized("RivertonFloodMayor.txt");
        var dateline = Extract(text);
        Assert.Equal(new Dateline("RIVERTON", null, null, "RIVERTON, Ore. —", 72, 16), dateline);
        Assert.Equal("RIVERTON, Ore. —", text.Substring(72, 16));
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "AP", "WASHINGTON (AP) —")]
    [InlineData("RENO, Nev. (AP) — Donald Trump says.", "RENO", "AP", "RENO, Nev. (AP) —")]
    [InlineData("BEDFORD, N.H. (AP) — Marco Rubio stumbled.", "BEDFORD", "AP", "BEDFORD, N.H. (AP) —")]
    [InlineData("LONDON (Reuters) - British drugmaker Halden said.", "LONDON", "Reuters", "LONDON (Reuters) -")]
    [InlineData("SEATTLE/WASHINGTON (Reuters) - Boeing said.", "SEATTLE/WASHINGTON", "Reuters", "SEATTLE/WASHINGTON (Reuters) -")]
    [InlineData("MACAU (Reuters) – Sheldon Adelson said.", "MACAU", "Reuters", "MACAU (Reuters) –")]
    [InlineData("PARIS (AFP) - France said.", "PARIS", "AFP", "PARIS (AFP) -")]
    [InlineData("BEIRUT, Lebanon — Gunfire rang out.", "BEIRUT", null, "BEIRUT, Lebanon —")]
    [InlineData("WASHINGTON -- President Obama on Thursday nominated Kim.", "WASHINGTON", null, "WASHINGTON --")]
    [InlineData("WASHINGTON ― Hillary Clinton argued.", "WASHINGTON", null, "WASHINGTON ―")]
    [InlineData("ST. LOUIS — Donald Trump spoke.", "ST. LOUIS", null, "ST. LOUIS —")]
    [InlineData("BOSTON —Standing in front of a crowd.", "BOSTON", null, "BOSTON —")]
    [InlineData("LA CROSSE, Wisc. — Gov. Mike Pence blamed the media.", "LA CROSSE", null, "LA CROSSE, Wisc. —")]
    [InlineData("NEW YORK (CNNMoney) -- Stocks fell.", "NEW YORK", "CNNMoney", "NEW YORK (CNNMoney) --")]
    [InlineData("ASTANA: Kazakhstan joined the accords.", "ASTANA", null, "ASTANA:")]
    [InlineData("RENO, NEVADA (AP) — Trump spoke.", "RENO", "AP", "RENO, NEVADA (AP) —")]
    [InlineData("WASHINGTON, D.C. — The Senate voted.", "WASHINGTON", null, "WASHINGTON, D.C. —")]
    [InlineData("SÃO PAULO (Reuters) - Brazil’s real fell.", "SÃO PAULO", "Reuters", "SÃO PAULO (Reuters) -")]
    [InlineData("N'DJAMENA, Chad (AFP) - Troops moved.", "N'DJAMENA", "AFP", "N'DJAMENA, Chad (AFP) -")]
    [InlineData("WILKES-BARRE, Pa. (dpa) – Voters queued.", "WILKES-BARRE", "dpa", "WILKES-BARRE, Pa. (dpa) –")]
    public void Reads_each_wire_style(string text, string place, string? source, string datelineText)
    {
        Assert.Equal(new Dateline(place, source, null, datelineText, 0, datelineText.Length), Extract(text));
    }

    [Fact]
    public void Reads_a_dateline_alone_on_its_line()
    {
        Assert.Equal(new Dateline("WASHINGTON", "AP", null, "WASHINGTON (AP) —", 0, 17), Extract("WASHINGTON (AP) —\nThe Senate voted."));
    }

    [Fact]
    public void Takes_the_date_mention_inside_an_older_wire_dateline()
    {
        const string text = "NEW YORK, March 26 - Shares rose on Wall Street.";
        var march26 = new DateMention("March 26", null, 3, 26, 10, 8);
        var laterDate = new DateMention("March 27", null, 3, 27, 40, 8);
        Assert.Equal(new Dateline("NEW YORK", null, march26, "NEW YORK, March 26 -", 0, 20), Extract(text, new[] { laterDate, march26 }));
    }

    [Theory]
    [InlineData("WASHINGTON, Dec. 8 (UPI) — In response to Trump.", "WASHINGTON, Dec. 8 (UPI) —", 12, 6)]
    [InlineData("PASADENA, Calif., Jan. 1 (UPI) — Skywriters flew.", "PASADENA, Calif., Jan. 1 (UPI) —", 18, 6)]
    [InlineData("PARIS, Aug 31 (Reuters) - France’s far-right party said.", "PARIS, Aug 31 (Reuters) -", 7, 6)]
    public void Reads_a_state_date_and_agency_together(string text, string datelineText, int dateStart, int dateLength)
    {
        var mention = new DateMention(text.Substring(dateStart, dateLength), null, null, null, dateStart, dateLength);
        var dateline = Extract(text, new[] { mention });
        Assert.NotNull(dateline);
        Assert.Equal(datelineText, dateline!.Text);
        Assert.Same(mention, dateline.Date);
    }

    [Fact]
    public void Leaves_the_date_null_until_the_dates_are_known() =>
        Assert.Null(Extract("NEW YORK, March 26 - Shares rose.")!.Date);

    [Fact]
    public void Reads_a_dateline_that_follows_a_headline()
    {
        const string text = "Clinton camp: Trump threatens security.\n\nWASHINGTON, Dec. 8 (UPI) — In response to Trump.";
        var dateline = Extract(text);
        Assert.Equal(new Dateline("WASHINGTON", "UPI", null, "WASHINGTON, Dec. 8 (UPI) —", 41, 26), dateline);
    }

    [Theory]
    [InlineData("WASHINGTON officials said on Tuesday that the plan would go ahead.")]
    [InlineData("JEB! was better than expected, donors said.")]
    [InlineData("Jeb! was better")]
    [InlineData("UPDATE: 5/12 — The website took the listing down.")]
    [InlineData("EXCLUSIVE — The memo shows.")]
    [InlineData("NOTE: This story has been corrected.")]
    [InlineData("SIEGEL--Jerome Arthur, 98, of Mamaroneck, passed away.")]
    [InlineData("U.S. - Mexico talks resumed.")]
    [InlineData("GOP frontrunner Donald Trump does better in a match up.")]
    [InlineData("Washington (AP) — lower-case cities are not read.")]
    [InlineData("")]
    [InlineData("(AP) —")]
    [InlineData("TRUMP WINS — AGAIN\n\nDonald Trump won the primary.")]
    [InlineData("KEY POINTS: GOP, NRA AND FBI\n\nThe points were these.")]
    public void Reads_no_dateline_from_an_opening_sentence(string text) => Assert.Null(Extract(text));

    [Fact]
    public void Reads_no_dateline_later_in_the_article() =>
        Assert.Null(Extract("The council said on Monday that it would vote.\n\nIt did.\n\nLONDON (Reuters) - The vote passed."));

    [Fact]
    public void Reads_the_dateline_after_a_byline_without_by_and_an_updated_line()
    {
        const string text = "River Crests Above Flood Stage\n\nElena Marsh, Staff Writer\n\nUpdated 10:42 a.m. ET, Nov. 7, 2025\n\n"
                            + "RIVERTON, Ore. — The river rose overnight.";
        var dateline = Extract(text);
        Assert.Equal(("RIVERTON", "RIVERTON, Ore. —"), (dateline!.Place, dateline.Text));
        Assert.Equal(text.IndexOf("RIVERTON", StringComparison.Ordinal), dateline.Start);
    }

    [Fact]
    public void Reads_the_dateline_after_a_deck_under_the_headline()
    {
        const string text = "Mayor faces a hard vote.\n\nA quiet council meets again after a long summer.\n\nMYRTLE BEACH, S.C. - The council met on Tuesday.";
        var dateline = Extract(text);
        Assert.Equal(("MYRTLE BEACH", text.IndexOf("MYRTLE", StringComparison.Ordinal)), (dateline!.Place, dateline.Start));
    }

    [Theory]
    [InlineData("Mayor faces a hard vote.\n\nA quiet council meets again.\n\nFIX IS IN - the vote was decided long ago.")]
    [InlineData("Mayor faces a hard vote.\n\nA quiet council meets again.\n\nPOLLS NOT WRONG, JUST EARLY - the numbers moved late.")]
    public void Reads_no_dateline_from_a_shouted_subhead_under_a_deck(string text) => Assert.Null(Extract(text));
}
