using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class ExposureType : ObjectGraphType<Exposure>
{
    public ExposureType()
    {
        Name = "Exposure";
        Description = "A regulation or regulator that reaches the entity, and the path that explains how.";
        Field<NonNullGraphType<EntityInterface>>("by").Description("The regulation or regulator.").Resolve(c => c.Source.By);
        Field<NonNullGraphType<EntityInterface>>("through").Description("What it restricts or regulates.").Resolve(c => c.Source.Through);
        Field<NonNullGraphType<ExposureChannelEnum>>("channel").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<PathType>>("path")
            .Description("The shortest explanation: from the entity through `through` to `by`; or, when `through` is an item a supplier delivers (see `supply`), from the entity to that supplier, with `rule` on the item.")
            .Resolve(c => c.Source.Path);
        Field<RelationshipObjectType>("rule").Description("The RESTRICTS or REGULATES relationship that reaches `through`.").Resolve(c => c.Source.Rule);
        Field<StringGraphType>("scope").Description("What the rule restricts, as its source says (the rule's scope), where given.")
            .Resolve(c => c.Source.Rule?.Properties.GetValueOrDefault("scope") as string);
        Field<RelationshipObjectType>("supply")
            .Description("When `through` is reached as an item a supplier delivers (e.g. the Nvidia chips of a cloud provider), that SUPPLIES relationship.")
            .Resolve(c => c.Source.Supply);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("Every path of at most maxDepth steps that explains this exposure, shortest first, then by relationship ids.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Resolve(c =>
            {
                var first = TraversalLimits.Check("first", c.GetArgument<int>("first"), 1, c.Limits().MaxPaths);
                var paths = c.Source.Explain?.Invoke(first) ?? [c.Source.Path];
                c.Loaders().Prime(paths.SelectMany(p => p.Nodes));
                return paths;
            });
    }
}
