using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Provenance;

/// <summary>An alias with how it is known: <see cref="Note"/> is the entity's note on its aliases that are not stated.</summary>
public sealed record AliasDetail(string Name, Basis Basis, string? Note);

public sealed class AliasType : ObjectGraphType<AliasDetail>
{
    public AliasType()
    {
        Name = "Alias";
        Description = "Another name of an entity, and how it is known: a spelling the document uses is STATED; a name it implies or that comes from elsewhere says so.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<BasisEnum>>("basis").Resolve(c => c.Source.Basis);
        Field<StringGraphType>("note").Description("Why it is implied, or where it comes from; null for a stated alias.").Resolve(c => c.Source.Note);
    }
}
