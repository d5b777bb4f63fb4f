namespace GraphExplorer.Core.Model;

/// <summary>Where a relationship stands on a date: see <see cref="Relationship.StatusOn"/>.</summary>
public enum RelationshipStatus
{
    /// <summary>Not yet: it starts later, or its source reports it as planned.</summary>
    Planned,

    InForce,

    /// <summary>It held until a date before the one asked about.</summary>
    Ended,
}
