using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Writes;
using GraphQL.Types;
using static GraphExplorer.Api.GraphQL.Writes.WriteInputs;

namespace GraphExplorer.Api.GraphQL.Writes;

public sealed class EntityInputType : InputObjectGraphType<EntityInput>
{
    public EntityInputType()
    {
        Name = "EntityInput";
        Description = "An entity to add, or to update: the fields sent replace what it held under the same name; properties not sent stay.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("A new id is lower case letters, digits and hyphens ('bytedance'); an existing one keeps its kind.");
        Field<NonNullGraphType<EntityKindEnum>>("kind").Description("Any kind but DOCUMENT (upsertDocument writes those).");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases").Description("Other names, including every spelling the source uses.");
        Field<StringGraphType>("description").Description("One sentence in your own words.");
        Field<JsonGraphType>("properties").Description("Other properties: strings, numbers, booleans or lists of those, e.g. {country: \"China\"}.");
        Field<ListGraphType<NonNullGraphType<FigureInputType>>>("figures");
        Field<NonNullGraphType<IdGraphType>>("source").Description("The document that states it.");
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("What that document says, in your own words.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EntityInput(
        Id(value, "id"),
        Required<EntityKind>(value, "kind"),
        Required<string>(value, "name"),
        Strings(value, "aliases"),
        Optional<string>(value, "description"),
        Map(value, "properties"),
        value.TryGetValue("figures", out var figures) && figures is IEnumerable<object?> list ? list.OfType<FigureInput>().ToList() : null,
        Id(value, "source"),
        Required<string>(value, "evidence"));
}
