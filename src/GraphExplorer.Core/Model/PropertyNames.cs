namespace GraphExplorer.Core.Model;

/// <summary>Property keys with a meaning of their own in the graph; the seed scripts and both stores use them.</summary>
public static class PropertyNames
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string Description = "description";

    public const string Source = "source";
    public const string Evidence = "evidence";
    public const string ReportedOn = "reportedOn";
    public const string ValidFrom = "validFrom";
    public const string ValidTo = "validTo";

    public const string Percentage = "percentage";

    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string PublishedOn = "publishedOn";
    public const string Url = "url";

    public const string RetractedOn = "retractedOn";
    public const string RetractedAt = "retractedAt";
    public const string RetractedBy = "retractedBy";
    public const string RetractionReason = "retractionReason";
    public const string RetractionSource = "retractionSource";
}
