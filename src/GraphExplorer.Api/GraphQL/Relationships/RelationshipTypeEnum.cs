using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relationships;

/// <summary>One value per relationship type, spelled as the Cypher type (<c>OWNS</c>, <c>INTERNATIONAL_VERSION_OF</c>).</summary>
public sealed class RelationshipTypeEnum : EnumerationGraphType<RelationshipType>
{
    public RelationshipTypeEnum()
    {
        Name = "RelationshipType";
        Description = "The type of a relationship, spelled as in Cypher.";
    }
}
