using System;
using System.Collections.Generic;
using ArticleRecords.Extraction.Places;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Datelines;

/// <summary>
/// Reads a dateline at the start of a paragraph, token by token:
/// <c>PLACE [, Region] [, Month Day[, Year]] [(Source)] (dash | colon)</c>, where PLACE is one or more
/// words in capitals ("ST. LOUIS", "SEATTLE/WASHINGTON") and the dash is '—', '–', '-' or "--".
/// A colon closes a dateline only after a region, a date, a source or a place the lexicon knows,
/// so "UPDATE:" or "NOTE:" never reads as one; and body text in lower case must follow, so a headline
/// in capitals ("TRUMP WINS — AGAIN") is not one either.
/// </summary>
internal static class DatelineMatcher
{
    private const int MaxPlaceWords = 5;
    private const int MaxRegionTokens = 6;
    private const int MaxSourceTokens = 12;

    // Capitalised openings that are labels, not places.
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal)
    {
        "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "EDITOR", "EDITORS", "NOTE",
        "CORRECTION", "ADVISORY", "URGENT", "FLASH", "OPINION", "ANALYSIS", "LIVE", "REVIEW", "COMMENTARY",
        "EDITORIAL", "WARNING", "SPOILER", "PHOTO", "AUDIO", "LISTEN", "READ", "MORE", "FACT", "CHECK", "NEWS",
    };

    public static DatelineMatch? MatchAt(ArticleDocument document, int paragraph, bool requireKnownPlace = false)
    {
        if (paragraph < 0 || paragraph >= document.Paragraphs.Length)
            return null;
        var tokens = document.Tokens;
        var i = document.FirstTokenOf(paragraph);
        if (i >= tokens.Count || !document.IsInParagraph(i, paragraph))
            return null;

        var placeStart = tokens[i].Start;
        var placeEnd = ReadPlace(document, paragraph, ref i);
        if (placeEnd < 0)
            return null;

        var hasRegion = TryReadRegion(document, paragraph, ref i);
        var date = TryReadDate(document, paragraph, ref i);
        var source = TryReadSource(document, paragraph, ref i);
        var hasQualifier = hasRegion || date is not null || source is not null;

        var end = ReadTerminator(document, paragraph, i, out var isColon);
        if (end < 0)
            return null;
        if ((isColon || requireKnownPlace) && !hasQualifier && !Gazetteer.IsPlaceName(document.TextBetween(placeStart, placeEnd)))
            return null;
        if (!IsFollowedByBodyText(document, paragraph, end))
            return null;

        return new DatelineMatch(new TextRange(placeStart, end - placeStart), new TextRange(placeStart, placeEnd - placeStart), source, date);
    }

    // Capitalised words, a dot right after one ("ST."), a slash between two ("SEATTLE/WASHINGTON").
    private static int ReadPlace(ArticleDocument document, int paragraph, ref int i)
    {
        var tokens = document.Tokens;
        var words = 0;
        var end = -1;
        while (i < tokens.Count && document.IsInParagraph(i, paragraph))
        {
            var token = tokens[i];
            if (token.IsWord && IsCapitalsWord(document, token))
            {
                if (words == 0 && Labels.Contains(document.TextOf(token)))
                    return -1;
                if (++words > MaxPlaceWords)
                    return -1;
                end = token.End;
                i++;
            }
            else if (end == token.Start && document.Is(token, ".") && words > 0)
            {
                end = token.End;
                i++;
            }
            else if (end == token.Start && document.Is(token, "/") && i + 1 < tokens.Count
                     && document.IsInParagraph(i + 1, paragraph) && !tokens[i + 1].SpaceBefore && IsCapitalsWord(document, tokens[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return words > 0 ? end : -1;
    }

    // "ASTANA", "WILKES-BARRE", "O'HARE": capitals only, no initialism dots ("U.S." is not a dateline city).
    private static bool IsCapitalsWord(ArticleDocument document, in Token token) =>
        token.IsWord && document.Text.IndexOf('.', token.Start, token.Length) < 0
        && PlaceCasing.IsAllCaps(document.Text, token.Start, token.Length);

    // Each TryRead* reads its part at position (its opening ',' or '(') and moves position past it.

    // ", Nev.", ", N.H.", ", Lebanon", ", W. Va.": capitalised words and their abbreviation dots, not a month.
    private static bool TryReadRegion(ArticleDocument document, int paragraph, ref int position)
    {
        if (!IsAt(document, paragraph, position, ","))
            return false;
        var tokens = document.Tokens;
        var start = position + 1;
        var i = start;
        while (i < tokens.Count && document.IsInParagraph(i, paragraph) && i - start < MaxRegionTokens)
        {
            var token = tokens[i];
            if (token.IsWord && document.IsCapitalized(token) && !Dates.MonthNames.TryGet(document.TextOf(token), out _, out _))
                i++;
            else if (i > start && !token.SpaceBefore && document.Is(token, ".") && tokens[i - 1].IsWord)
                i++;
            else
                break;
        }
        if (i == start || !IsRegionName(document, tokens[start].Start, tokens[i - 1].End))
            return false;
        position = i;
        return true;
    }

    // "N.H.", "Wisc.", "Lebanon", "Burma": an abbreviation or a place the lexicon knows; "JUST TOO EARLY" in a
    // shouted subhead is neither.
    private static bool IsRegionName(ArticleDocument document, int start, int end) =>
        document.Text.IndexOf('.', start, end - start) >= 0 || Gazetteer.IsPlaceName(document.TextBetween(start, end));

    // ", March 26", ", Nov. 19", ", Aug 31", optionally followed by ", 2015".
    private static TextRange? TryReadDate(ArticleDocument document, int paragraph, ref int position)
    {
        var tokens = document.Tokens;
        var i = position + 1;
        if (!IsAt(document, paragraph, position, ",") || !document.IsInParagraph(i, paragraph) || !tokens[i].IsWord
            || !Dates.MonthNames.TryGet(document.TextOf(tokens[i]), out _, out _))
            return null;
        var start = tokens[i].Start;
        var j = i + 1;
        if (IsAt(document, paragraph, j, ".") && !tokens[j].SpaceBefore)
            j++;
        if (!document.IsInParagraph(j, paragraph) || !IsNumberBetween(document, tokens[j], 1, 31))
            return null;
        var end = tokens[j].End;
        j++;
        if (IsAt(document, paragraph, j, ",") && document.IsInParagraph(j + 1, paragraph) && IsNumberBetween(document, tokens[j + 1], 1000, 9999))
        {
            end = tokens[j + 1].End;
            j += 2;
        }
        position = j;
        return new TextRange(start, end - start);
    }

    // "(AP)", "(Reuters)", "( WNAM MONITIRONG)": a short run starting with a word, up to ')'.
    private static TextRange? TryReadSource(ArticleDocument document, int paragraph, ref int position)
    {
        var tokens = document.Tokens;
        var i = position + 1;
        if (!IsAt(document, paragraph, position, "(") || !document.IsInParagraph(i, paragraph) || !tokens[i].IsWord)
            return null;
        for (var j = i + 1; document.IsInParagraph(j, paragraph) && j - i < MaxSourceTokens; j++)
        {
            if (document.Is(tokens[j], "("))
                return null;
            if (document.Is(tokens[j], ")"))
            {
                position = j + 1;
                return new TextRange(tokens[i].Start, tokens[j - 1].End - tokens[i].Start);
            }
        }
        return null;
    }

    // Returns the offset just past the closing dash or colon, or -1.
    private static int ReadTerminator(ArticleDocument document, int paragraph, int i, out bool isColon)
    {
        isColon = false;
        var tokens = document.Tokens;
        if (!document.IsInParagraph(i, paragraph) || !tokens[i].IsPunctuation)
            return -1;
        var c = document.FirstChar(tokens[i]);
        if (c == ':')
        {
            isColon = true;
            return tokens[i].End;
        }
        if (CharClass.IsDash(c) && c != '\u2212')
            return tokens[i].End;
        if (c != '-' || !tokens[i].SpaceBefore)
            return -1;
        if (IsAt(document, paragraph, i + 1, "-") && !tokens[i + 1].SpaceBefore)
            return tokens[i + 1].End;
        return tokens[i].End;
    }

    // A dateline opens body text, written in lower case; "TRUMP WINS — AGAIN" is a headline in capitals.
    private static bool IsFollowedByBodyText(ArticleDocument document, int paragraph, int offset)
    {
        var end = document.Paragraphs[paragraph].End;
        if (offset >= end)
            return true;
        for (var i = offset; i < end; i++)
        {
            if (char.IsLower(document.Text[i]))
                return true;
        }
        return false;
    }

    private static bool IsNumberBetween(ArticleDocument document, in Token token, int min, int max)
    {
        if (!token.IsNumber || token.Length > 4)
            return false;
        var value = 0;
        for (var k = token.Start; k < token.End; k++)
        {
            var c = document.Text[k];
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        return value >= min && value <= max;
    }

    private static bool IsAt(ArticleDocument document, int paragraph, int i, string value) =>
        document.IsInParagraph(i, paragraph) && document.Is(document.Tokens[i], value);
}
