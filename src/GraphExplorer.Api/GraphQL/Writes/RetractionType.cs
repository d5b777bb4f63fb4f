using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Writes;

/// <summary>The retraction of a relationship, read from its <c>retracted…</c> properties.</summary>
public sealed class RetractionType : ObjectGraphType<Relationship>
{
    public RetractionType()
    {
        Name = "Retraction";
        Description = "Why and when a relationship stopped being believed. Answers as of an earlier date still show it.";
        Field<NonNullGraphType<CalendarDateGraphType>>("on").Description("The day from which it no longer holds.").Resolve(c => c.Source.RetractedOn);
        Field<StringGraphType>("at").Description("When it was retracted: an ISO-8601 UTC time.").Resolve(c => Text(c.Source, PropertyNames.RetractedAt));
        Field<StringGraphType>("by").Description("Which configured credential retracted it.").Resolve(c => Text(c.Source, PropertyNames.RetractedBy));
        Field<StringGraphType>("reason").Resolve(c => Text(c.Source, PropertyNames.RetractionReason));
        Field<DocumentType>("source").Description("The document the retraction rests on.")
            .Resolve(c => Text(c.Source, PropertyNames.RetractionSource) is { } source ? c.Loaders().Entity(source) : null);
    }

    private static string? Text(Relationship relationship, string key) => relationship.Properties.GetValueOrDefault(key) as string;
}
