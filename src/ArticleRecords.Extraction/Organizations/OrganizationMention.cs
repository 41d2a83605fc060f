namespace ArticleRecords.Extraction.Organizations;

/// <summary>One mention of an organisation: its tokens [FirstToken, LastToken], its span and the name it stands for.</summary>
internal readonly record struct OrganizationMention(string Name, int FirstToken, int LastToken, int Start, int End);
