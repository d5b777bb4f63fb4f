using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Writes;

/// <summary>A source document to add or update; it is its own source, so it needs no evidence.</summary>
public sealed record DocumentInput(
    string Id,
    string Title,
    string? Publisher,
    DateOnly? PublishedOn,
    DatePrecision? PublishedOnPrecision,
    string? Url,
    string? Description) : GraphWrite
{
    public override string Operation => "upsertDocument";
}
