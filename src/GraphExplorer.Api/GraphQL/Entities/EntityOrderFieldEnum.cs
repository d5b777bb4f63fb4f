using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class EntityOrderFieldEnum : EnumerationGraphType<EntitySort>
{
    public EntityOrderFieldEnum()
    {
        Name = "EntityOrderField";
        Description = "What to order entities by: ID, NAME (ignoring case) or DEGREE (how many relationships, out and in).";
    }
}
