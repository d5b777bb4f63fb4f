using System.Globalization;

namespace GraphExplorer.Core.Model;

/// <summary>
/// How the graph records what it knows and how exactly, in flat properties (Neo4j properties cannot be maps):
/// <c>basis</c> on a relationship and <c>&lt;figure&gt;Basis</c> on a figure (<c>stated</c>, <c>implied</c> or
/// <c>outside</c>) with <c>…BasisNote</c> saying how it follows or where it comes from; <c>&lt;property&gt;Basis</c>
/// likewise for an entity's name, description or other property that is not stated; the aliases that are not
/// stated listed in <c>impliedAliases</c> and <c>outsideAliases</c>; and beside each date <c>&lt;date&gt;Precision</c>
/// (<c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>; a date without one is to the day).
/// </summary>
/// <remarks>
/// A date given to a week, month or year is stored as the day that bounds its period on the outer side: the
/// first day, except <c>validTo</c>, which is the last, so that <c>validFrom</c>..<c>validTo</c> is the whole
/// period during which the relationship may hold and every date comparison stays a plain one in both stores.
/// </remarks>
public static class Provenance
{
    public const string Basis = "basis";
    public const string BasisNote = "basisNote";
    public const string ImpliedAliases = "impliedAliases";
    public const string OutsideAliases = "outsideAliases";
    public const string AliasesBasisNote = "aliasesBasisNote";
    public const string PrecisionSuffix = "Precision";
    public const string BasisSuffix = "Basis";
    public const string BasisNoteSuffix = "BasisNote";

    /// <summary>The basis under <paramref name="key"/>; null when there is none or it is not one of the three words.</summary>
    public static Basis? BasisAt(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.GetValueOrDefault(key) is string text ? ParseBasis(text) : null;

    public static Basis? ParseBasis(string text) => text switch
    {
        "stated" => Model.Basis.Stated,
        "implied" => Model.Basis.Implied,
        "outside" => Model.Basis.Outside,
        _ => null,
    };

    public static string Spell(Basis basis) => basis switch
    {
        Model.Basis.Stated => "stated",
        Model.Basis.Implied => "implied",
        Model.Basis.Outside => "outside",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };

    /// <summary>The precision of the date property <paramref name="dateKey"/>: day when none is recorded, null when it is not a known word.</summary>
    public static DatePrecision? PrecisionOf(IReadOnlyDictionary<string, object?> properties, string dateKey) =>
        properties.GetValueOrDefault(dateKey + PrecisionSuffix) switch
        {
            null => DatePrecision.Day,
            string text => ParsePrecision(text),
            _ => null,
        };

    public static DatePrecision? ParsePrecision(string text) => text switch
    {
        "day" => DatePrecision.Day,
        "week" => DatePrecision.Week,
        "month" => DatePrecision.Month,
        "year" => DatePrecision.Year,
        _ => null,
    };

    /// <summary>The first day of the period of <paramref name="precision"/> that holds <paramref name="date"/>.</summary>
    public static DateOnly PeriodStart(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date,
        DatePrecision.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>The last day of the period of <paramref name="precision"/> that holds <paramref name="date"/>.</summary>
    public static DateOnly PeriodEnd(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date,
        DatePrecision.Week => PeriodStart(date, precision).AddDays(6),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>The period as a person reads it: 2025-01-22, 2025-W03, 2024-12, 2023.</summary>
    public static string PeriodText(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week => $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}",
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>
    /// Whether <paramref name="date"/> is the day that stands for its period under the convention above: the last day
    /// of the period for <c>validTo</c>, else the first.
    /// </summary>
    public static bool IsPeriodBound(string dateKey, DateOnly date, DatePrecision precision) =>
        date == (dateKey == PropertyNames.ValidTo ? PeriodEnd(date, precision) : PeriodStart(date, precision));

    /// <summary>The aliases with their basis: stated unless listed in <c>impliedAliases</c> or <c>outsideAliases</c>.</summary>
    public static IReadOnlyList<(string Alias, Basis Basis)> AliasBases(Entity entity)
    {
        var implied = Texts(entity.Properties, ImpliedAliases);
        var outside = Texts(entity.Properties, OutsideAliases);
        return entity.Aliases
            .Select(alias => (alias, outside.Contains(alias) ? Model.Basis.Outside : implied.Contains(alias) ? Model.Basis.Implied : Model.Basis.Stated))
            .ToList();
    }

    /// <summary>
    /// The properties marked with a basis of their own (<c>&lt;property&gt;Basis</c>, e.g. <c>nameBasis</c>,
    /// <c>countryBasis</c>), with the note beside it; figures' bases are read with the figure (<see cref="Figure"/>).
    /// </summary>
    public static IReadOnlyList<PropertyBasis> PropertyBases(IReadOnlyDictionary<string, object?> properties) =>
        properties
            .Where(p => p.Key.Length > BasisSuffix.Length && p.Key.EndsWith(BasisSuffix, StringComparison.Ordinal))
            .Select(p => (Property: p.Key[..^BasisSuffix.Length], Basis: p.Value is string text ? ParseBasis(text) : null))
            .Where(p => p.Basis is not null && !properties.ContainsKey(p.Property + "Amount"))
            .OrderBy(p => p.Property, StringComparer.Ordinal)
            .Select(p => new PropertyBasis(p.Property, p.Basis!.Value, properties.GetValueOrDefault(p.Property + BasisNoteSuffix) as string))
            .ToList();

    /// <summary>
    /// Every date among <paramref name="named"/> (the dates a record holds outside its properties) and
    /// <paramref name="properties"/>, by name, with its precision and the period it stands for.
    /// </summary>
    public static IReadOnlyList<DatedProperty> Dates(
        IReadOnlyDictionary<string, object?> properties, params (string Name, DateOnly? Date)[] named) =>
        named.Where(n => n.Date is not null).Select(n => (n.Name, Date: n.Date!.Value))
            .Concat(properties.Where(p => p.Value is DateOnly).Select(p => (Name: p.Key, Date: (DateOnly)p.Value!)))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => DatedProperty.Of(d.Name, d.Date, PrecisionOf(properties, d.Name) ?? DatePrecision.Day))
            .ToList();

    /// <summary>
    /// The first way <paramref name="properties"/> (with the dates a record holds outside them, <paramref name="named"/>)
    /// break the conventions above, in words a person can act on; null when they keep them.
    /// </summary>
    public static string? Problem(IReadOnlyDictionary<string, object?> properties, params (string Name, DateOnly? Date)[] named)
    {
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if ((key == Basis || key.EndsWith(BasisSuffix, StringComparison.Ordinal)) && (value is not string basis || ParseBasis(basis) is null))
            {
                return $"'{key}' is {Describe(value)}; a basis is one of 'stated', 'implied', 'outside'.";
            }

            if (key.Length > PrecisionSuffix.Length && key.EndsWith(PrecisionSuffix, StringComparison.Ordinal))
            {
                var dateKey = key[..^PrecisionSuffix.Length];
                if (value is not string word || ParsePrecision(word) is not { } precision)
                {
                    return $"'{key}' is {Describe(value)}; a precision is one of 'day', 'week', 'month', 'year'.";
                }

                var date = named.Where(n => n.Name == dateKey).Select(n => n.Date).FirstOrDefault() ?? properties.GetValueOrDefault(dateKey) as DateOnly?;
                if (date is not { } day)
                {
                    return $"'{key}' gives the precision of '{dateKey}', which is not a date here.";
                }

                if (!IsPeriodBound(dateKey, day, precision))
                {
                    var bound = dateKey == PropertyNames.ValidTo ? PeriodEnd(day, precision) : PeriodStart(day, precision);
                    return $"'{dateKey}' is {day:yyyy-MM-dd} at {word} precision; a date given to a {word} is stored as the " +
                           $"{(dateKey == PropertyNames.ValidTo ? "last" : "first")} day of that {word} ({bound:yyyy-MM-dd}).";
                }
            }
        }

        return null;
    }

    private static string Describe(object? value) => value is string text ? $"'{text}'" : value?.GetType().Name ?? "null";

    private static HashSet<string> Texts(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.GetValueOrDefault(key) is IEnumerable<object?> list
            ? list.OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
}
