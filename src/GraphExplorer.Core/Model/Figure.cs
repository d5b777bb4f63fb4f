namespace GraphExplorer.Core.Model;

/// <summary>
/// A figure the sources give about an entity (a capital budget, a user count), read from the properties named
/// <c>&lt;name&gt;Amount</c>, <c>&lt;name&gt;Unit</c>, <c>&lt;name&gt;Qualifier</c>, <c>&lt;name&gt;Year</c>,
/// <c>&lt;name&gt;Source</c> (the document that states it), <c>&lt;name&gt;CitedSource</c> (the report it cites),
/// <c>&lt;name&gt;Basis</c> and <c>&lt;name&gt;BasisNote</c> (how it is known, see <see cref="Provenance"/>);
/// any other <c>&lt;name&gt;…</c> property is in <see cref="Details"/>.
/// </summary>
public sealed record Figure(
    string Name,
    double Amount,
    string? Unit,
    string? Qualifier,
    int? Year,
    string? SourceId,
    string? CitedSourceId,
    IReadOnlyDictionary<string, object?> Details)
{
    /// <summary>How the source gives it; null when not recorded.</summary>
    public Basis? Basis { get; init; }

    /// <summary>How it follows from the source (implied) or where it comes from (outside).</summary>
    public string? BasisNote { get; init; }

    private static readonly string[] s_parts = ["Amount", "Unit", "Qualifier", "Year", "Source", "CitedSource", "Basis", "BasisNote"];

    /// <summary>Every figure in an entity's properties, by name.</summary>
    public static IReadOnlyList<Figure> Of(IReadOnlyDictionary<string, object?> properties)
    {
        var figures = new List<Figure>();
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!key.EndsWith("Amount", StringComparison.Ordinal) || key.Length == "Amount".Length || value is not (long or int or double))
            {
                continue;
            }

            var name = key[..^"Amount".Length];
            var details = properties
                .Where(p => p.Key.StartsWith(name, StringComparison.Ordinal) && p.Key.Length > name.Length && char.IsUpper(p.Key[name.Length]))
                .Where(p => !s_parts.Contains(p.Key[name.Length..]) && !IsOtherFigure(properties, name, p.Key))
                .ToDictionary(p => char.ToLowerInvariant(p.Key[name.Length]) + p.Key[(name.Length + 1)..], p => p.Value, StringComparer.Ordinal);
            figures.Add(new Figure(
                name,
                Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
                properties.GetValueOrDefault(name + "Unit") as string,
                properties.GetValueOrDefault(name + "Qualifier") as string,
                properties.GetValueOrDefault(name + "Year") is long year ? (int)year : null,
                properties.GetValueOrDefault(name + "Source") as string,
                properties.GetValueOrDefault(name + "CitedSource") as string,
                details)
            {
                Basis = Provenance.BasisAt(properties, name + Provenance.BasisSuffix),
                BasisNote = properties.GetValueOrDefault(name + Provenance.BasisNoteSuffix) as string,
            });
        }

        return figures;
    }

    // capex2025 and capex2025Usd are two figures: capex2025UsdAmount is not a detail of capex2025.
    private static bool IsOtherFigure(IReadOnlyDictionary<string, object?> properties, string name, string key) =>
        properties.Keys.Any(other => other.EndsWith("Amount", StringComparison.Ordinal) && other.Length > name.Length + "Amount".Length &&
                                     other.StartsWith(name, StringComparison.Ordinal) && key.StartsWith(other[..^"Amount".Length], StringComparison.Ordinal));
}
