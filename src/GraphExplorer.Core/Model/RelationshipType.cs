namespace GraphExplorer.Core.Model;

/// <summary>Relationship types; <see cref="RelationshipTypes.ToCypher"/> gives the Cypher spelling.</summary>
public enum RelationshipType
{
    Owns,
    Develops,
    Manufactures,
    Supplies,
    InternationalVersionOf,
    CompetesWith,
    InvestsIn,
    Issued,
    Restricts,
    Regulates,
    OperatesIn,
    LeasesFrom,
    Mentions,
    LocatedIn,
    PartOf,
    Published,
    ContributedTo,
}
