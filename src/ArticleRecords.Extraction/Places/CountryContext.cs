using System;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

/// <summary>
/// Decides whether a name shared by a US state and a country ("Georgia") means the country where it stands:
/// after a city of that country ("Tbilisi, Georgia"), after "country of" or "Republic of", or anywhere in an
/// article that names the country's cities or people ("Georgian", "Tbilisi") without a US city before it.
/// </summary>
internal sealed class CountryContext
{
    private readonly ArticleDocument _document;
    private string? _scannedFor;
    private bool _articleEvidence;

    public CountryContext(ArticleDocument document) => _document = document;

    public bool MeansCountry(PlaceMatch match, PlaceEntry country)
    {
        var tokens = _document.Tokens;
        var start = match.StartToken;
        if (start >= 2 && _document.SameParagraph(start - 2, start) && tokens[start - 2].IsWord)
        {
            var before = tokens[start - 2];
            if (_document.Is(tokens[start - 1], ",") && Gazetteer.TryFind(_document, before, out var city) && city.Kind == PlaceKind.City)
                return string.Equals(city.CountryCode, country.CountryCode, StringComparison.Ordinal);
            if (_document.Is(tokens[start - 1], "of") && (_document.Is(before, "country") || _document.Is(before, "Republic") || _document.Is(before, "nation")))
                return true;
        }
        return HasArticleEvidence(country);
    }

    // One pass over the article per country asked about (in practice one: Georgia).
    private bool HasArticleEvidence(PlaceEntry country)
    {
        if (string.Equals(_scannedFor, country.CountryCode, StringComparison.Ordinal))
            return _articleEvidence;
        _scannedFor = country.CountryCode;
        _articleEvidence = false;
        var tokens = _document.Tokens;
        for (var i = 0; i < tokens.Count && !_articleEvidence; i++)
        {
            if (!_document.IsCapitalized(tokens[i]))
                continue;
            _articleEvidence = (Gazetteer.IsDemonym(_document, tokens[i], out var code) && code == country.CountryCode)
                               || (Gazetteer.TryFind(_document, tokens[i], out var entry) && entry.Kind == PlaceKind.City && entry.CountryCode == country.CountryCode);
        }
        return _articleEvidence;
    }
}
