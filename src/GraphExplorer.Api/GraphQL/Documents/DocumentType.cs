using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.GraphQL.Provenance;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Documents;

public sealed class DocumentType : EntityObjectType
{
    public DocumentType()
        : base(EntityKind.Document, "A source: a news article or report, and what it mentions.")
    {
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => Text(c.Source, PropertyNames.Title) ?? c.Source.Name);
        Field<StringGraphType>("publisher").Resolve(c => Text(c.Source, PropertyNames.Publisher));
        Field<CalendarDateGraphType>("publishedOn").Description("The date of publication.")
            .Resolve(c => c.Source.Properties.GetValueOrDefault(PropertyNames.PublishedOn) is DateOnly date
                ? date
                : Text(c.Source, PropertyNames.PublishedOn) is { } text && CalendarDateGraphType.TryParse(text, out var parsed) ? parsed : null);
        Field<DatePrecisionEnum>("publishedOnPrecision").Description("How exactly the date of publication is known (a report \"in December\" is MONTH).")
            .Resolve(c => c.Source.Properties.ContainsKey(PropertyNames.PublishedOn) ? Core.Model.Provenance.PrecisionOf(c.Source.Properties, PropertyNames.PublishedOn) : null);
        Field<StringGraphType>("url").Resolve(c => Text(c.Source, PropertyNames.Url));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("mentions")
            .Description("The entities this document mentions, by id.")
            .Resolve(c => c.Loaders().RelatedEntities(c.Source.Id, RelationshipsLookahead.Mentions(c.Limits())));
    }

    private static string? Text(Entity document, string key) => document.Properties.GetValueOrDefault(key) as string;
}
