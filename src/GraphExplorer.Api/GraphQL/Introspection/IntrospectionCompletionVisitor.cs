using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphExplorer.Api.GraphQL.Introspection;

/// <summary>
/// Completes GraphQL.NET 8's introspection with what graphql-js's introspection query asks for and GraphQL.NET does not
/// serve: <c>__Type.specifiedByURL</c> (GraphQL specification, October 2021, §4.5; asked with <c>specifiedByUrl</c>) and
/// <c>includeDeprecated</c> on <c>__Directive.args</c> (input-value deprecation, working draft; asked with
/// <c>inputValueDeprecation</c>, which GraphQL.NET's <c>DeprecationOfInputValues</c> serves for fields and input types only).
/// </summary>
internal sealed class IntrospectionCompletionVisitor : BaseSchemaNodeVisitor
{
    public const string SpecifiedByUrl = "specifiedByURL";
    public const string IncludeDeprecated = "includeDeprecated";

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        switch (type.Name)
        {
            case "__Type" when !type.HasField(SpecifiedByUrl):
                // No scalar of this schema names a specification, so it is null for every type, as the
                // specification says for types without one.
                type.AddField(new FieldType
                {
                    Name = SpecifiedByUrl,
                    Description = "A URL pointing to a specification of the scalar's behaviour; null for other types and unspecified scalars.",
                    Type = typeof(StringGraphType),
                    ResolvedType = schema.AllTypes["String"],
                    Resolver = new FuncFieldResolver<object?>(_ => null),
                });
                break;
            case "__Directive" when type.GetField("args") is { } args && args.Arguments?.Find(IncludeDeprecated) is null:
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument(new BooleanGraphType())
                {
                    Name = IncludeDeprecated,
                    DefaultValue = false,
                    ResolvedType = schema.AllTypes["Boolean"],
                });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                {
                    IEnumerable<QueryArgument> all = context.Source.Arguments ?? [];
                    return context.GetArgument<bool>(IncludeDeprecated) ? all : all.Where(a => a.DeprecationReason is null);
                });
                break;
        }
    }
}
