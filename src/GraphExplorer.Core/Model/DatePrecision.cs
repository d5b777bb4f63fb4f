namespace GraphExplorer.Core.Model;

/// <summary>How exactly a source gives a date: "on Monday" is a day, "last week" a week, "in December" a month.</summary>
public enum DatePrecision
{
    Day,

    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week,

    Month,
    Year,
}
