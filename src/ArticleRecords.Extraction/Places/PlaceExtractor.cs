using System;
using System.Threading;
using ArticleRecords.Extraction.Text;

namespace ArticleRecords.Extraction.Places;

internal static class PlaceExtractor
{
    // PLACEHOLDER until the places work lands.
    public static Place[] Extract(ArticleDocument document, Dateline? dateline, CancellationToken cancellationToken) => Array.Empty<Place>();
}
