namespace GraphExplorer.Core.Model;

/// <summary>
/// An edge of the graph, always read from <see cref="FromId"/> to <see cref="ToId"/>.
/// <see cref="SourceId"/> is the id of the document that states it. <see cref="Properties"/>
/// holds every stored property other than the ones named here.
/// </summary>
public sealed record Relationship(
    string Id,
    RelationshipType Type,
    string FromId,
    string ToId,
    string? SourceId,
    string? Evidence,
    DateOnly? ReportedOn,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>
    /// Whether it holds on <paramref name="date"/>: within its validity where given (either end may be open) and
    /// reported on or before that date, so an answer as of a date knows only what was known then.
    /// </summary>
    public bool HoldsOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || ValidTo >= date) && ReportedBy(date) && !IsRetractedOn(date);

    /// <summary>The day it was retracted (see <see cref="PropertyNames.RetractedOn"/>); null while it is believed.</summary>
    public DateOnly? RetractedOn => Properties.Count == 0 ? null : Properties.GetValueOrDefault(PropertyNames.RetractedOn) as DateOnly?;

    /// <summary>Whether it has been retracted: answers that are not as of an earlier date leave it out.</summary>
    public bool IsRetracted => RetractedOn is not null;

    /// <summary>Whether it had been retracted by <paramref name="date"/>: from its retraction on, it no longer holds.</summary>
    public bool IsRetractedOn(DateOnly date) => RetractedOn is { } retracted && retracted <= date;

    /// <summary>
    /// Whether an answer shows it: as of a date, when it holds then (<see cref="HoldsOn"/>); without one, unless it
    /// has been retracted.
    /// </summary>
    public bool IsBelieved(DateOnly? asOf) => asOf is { } date ? HoldsOn(date) : !IsRetracted;

    /// <summary>
    /// Where it stands on <paramref name="date"/>: ended when its validity ended before it, planned when it starts
    /// after it or its source reports it as planned (a <c>status</c> property of <c>planned</c>), else in force.
    /// </summary>
    public RelationshipStatus StatusOn(DateOnly date) =>
        ValidTo < date ? RelationshipStatus.Ended
        : ValidFrom > date || Properties.GetValueOrDefault("status") is "planned" ? RelationshipStatus.Planned
        : RelationshipStatus.InForce;

    /// <summary>How it is known from its source (the <c>basis</c> property); null when not recorded.</summary>
    public Basis? Basis => Provenance.BasisAt(Properties, Provenance.Basis);

    /// <summary>The precision of <see cref="ReportedOn"/>, <see cref="ValidFrom"/>, <see cref="ValidTo"/> or another date property.</summary>
    public DatePrecision? PrecisionOf(string dateKey) => Provenance.PrecisionOf(Properties, dateKey);

    /// <summary>The dates it holds outside <see cref="Properties"/>, by property name, for <see cref="Provenance"/>'s readers.</summary>
    public (string Name, DateOnly? Date)[] NamedDates =>
        [(PropertyNames.ReportedOn, ReportedOn), (PropertyNames.ValidFrom, ValidFrom), (PropertyNames.ValidTo, ValidTo)];

    /// <summary>Every date it carries, named or among its properties, with its precision (see <see cref="Provenance.Dates"/>).</summary>
    public IReadOnlyList<DatedProperty> Dates() => Provenance.Dates(Properties, NamedDates);

    /// <summary>Whether its source had reported it by <paramref name="date"/> (always, when the report is undated).</summary>
    public bool ReportedBy(DateOnly date) => ReportedOn is null || ReportedOn <= date;

    /// <summary>The end that is not <paramref name="entityId"/> (the entity itself for a loop).</summary>
    public string OtherEnd(string entityId) => FromId == entityId ? ToId : FromId;
}
