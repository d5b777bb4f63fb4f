using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed class RelationshipCountType : ObjectGraphType<RelationshipCount>
{
    public RelationshipCountType()
    {
        Name = "RelationshipCount";
        Description = "How many relationships of one type an entity has in one direction: for a \"+N more\" badge beside a node.";
        Field<NonNullGraphType<RelationshipTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<DirectionEnum>>("direction").Description("OUT or IN, read from the entity.").Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
