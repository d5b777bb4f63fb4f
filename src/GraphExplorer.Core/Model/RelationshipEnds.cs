using System.Collections.Frozen;
using static GraphExplorer.Core.Model.EntityKind;

namespace GraphExplorer.Core.Model;

/// <summary>
/// Which kinds of entity each relationship type may join, as docs/graph-model.md describes them: what a write is
/// checked against, so that a chip cannot manufacture and a place cannot own.
/// </summary>
public static class RelationshipEnds
{
    private static readonly EntityKind[] s_any = [.. EntityKinds.All];

    private static readonly FrozenDictionary<RelationshipType, (EntityKind[] From, EntityKind[] To)> s_ends =
        new Dictionary<RelationshipType, (EntityKind[] From, EntityKind[] To)>
        {
            [RelationshipType.Owns] = ([Company, Person, Regulator], [Company, Product, Chip, Facility]),
            [RelationshipType.Develops] = ([Company], [Product, Chip]),
            [RelationshipType.Manufactures] = ([Company], [Chip, Product]),
            [RelationshipType.Supplies] = ([Company], [Company, Regulator]),
            [RelationshipType.InternationalVersionOf] = ([Product], [Product]),
            [RelationshipType.CompetesWith] = ([Company, Product, Chip], [Company, Product, Chip]),
            [RelationshipType.InvestsIn] = ([Company, Person, Regulator], [Company, Product, Facility]),
            [RelationshipType.Issued] = ([Regulator], [Regulation]),
            [RelationshipType.Restricts] = ([Regulation], [Chip, Company, Product, Place]),
            [RelationshipType.Regulates] = ([Regulator], [Company, Product, Place]),
            [RelationshipType.OperatesIn] = ([Company, Facility], [Place]),
            [RelationshipType.LeasesFrom] = ([Company], [Company]),
            [RelationshipType.Mentions] = ([Document], s_any),
            [RelationshipType.LocatedIn] = ([Company, Facility, Place, Regulator], [Place]),
            [RelationshipType.PartOf] = ([Place, Regulator], [Place, Regulator]),
            [RelationshipType.Published] = ([Company], [Document]),
            [RelationshipType.ContributedTo] = ([Person], [Document]),
        }.ToFrozenDictionary();

    /// <summary>The kinds the relationship may start at.</summary>
    public static IReadOnlyList<EntityKind> From(RelationshipType type) => s_ends[type].From;

    /// <summary>The kinds the relationship may end at.</summary>
    public static IReadOnlyList<EntityKind> To(RelationshipType type) => s_ends[type].To;

    /// <summary>Whether <paramref name="from"/> may have this relationship to <paramref name="to"/>; part of a place is a place, of a regulator a regulator.</summary>
    public static bool Allow(RelationshipType type, EntityKind from, EntityKind to) =>
        s_ends[type].From.Contains(from) && s_ends[type].To.Contains(to)
        && (type != RelationshipType.PartOf || from == to);
}
