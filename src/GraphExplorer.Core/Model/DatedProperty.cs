namespace GraphExplorer.Core.Model;

/// <summary>
/// A date property at the precision its source gives, with the period it stands for (<see cref="Start"/> to
/// <see cref="End"/>, one day for a day) and that period as a person reads it (<see cref="Text"/>).
/// </summary>
public sealed record DatedProperty(string Name, DateOnly Date, DatePrecision Precision, DateOnly Start, DateOnly End, string Text)
{
    public static DatedProperty Of(string name, DateOnly date, DatePrecision precision) =>
        new(name, date, precision, Provenance.PeriodStart(date, precision), Provenance.PeriodEnd(date, precision),
            Provenance.PeriodText(date, precision));
}
