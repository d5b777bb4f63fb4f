using System.Globalization;
using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Core.Writes;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Writes;

public sealed class ChangeType : ObjectGraphType<GraphChange>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "One accepted write: when, by whom, what it touched, and on what source.";
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Its place in the order of all writes, from 1.").Resolve(c => (int)c.Source.Sequence);
        Field<NonNullGraphType<StringGraphType>>("at").Description("When it was made: an ISO-8601 UTC time.")
            .Resolve(c => c.Source.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation: upsertDocument, upsertEntity, addRelationship or retractRelationship.")
            .Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<IdGraphType>>("target").Description("The id of the entity or relationship it wrote.").Resolve(c => c.Source.TargetId);
        Field<DocumentType>("source").Description("The document it rests on.")
            .Resolve(c => c.Source.SourceId is { } source ? c.Loaders().Entity(source) : null);
        Field<StringGraphType>("reason").Description("Why, for a retraction.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("by")
            .Description("Which configured credential wrote it: 'api-key:<n>' or 'bearer:<n>', n counting from 0 in the configured list (never the secret).")
            .Resolve(c => c.Source.By);
    }
}
