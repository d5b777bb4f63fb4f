using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Which relationships to follow, relative to the entity asked about.";
    }
}
