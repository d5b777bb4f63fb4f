using System.Text.RegularExpressions;

namespace GraphExplorer.Core.Model;

/// <summary>
/// A property whose value names another entity by id (<c>family: 'nvidia-ai-chips'</c>, <c>items: ['nvidia-h20']</c>,
/// <c>citedSource: 'doc-…'</c>). <see cref="In"/> finds the candidates; whether an id names an entity is the store's to say.
/// </summary>
public sealed partial record PropertyReference(string Property, string EntityId)
{
    /// <summary>Every string value (or string in a list) shaped like an entity id, in property order.</summary>
    public static IReadOnlyList<PropertyReference> In(IReadOnlyDictionary<string, object?> properties)
    {
        var references = new List<PropertyReference>();
        foreach (var (property, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var values = value switch
            {
                string text => [text],
                IEnumerable<object?> list => list.OfType<string>(),
                _ => [],
            };
            references.AddRange(values.Where(v => EntityIdShape().IsMatch(v)).Select(v => new PropertyReference(property, v)));
        }

        return references;
    }

    /// <summary>The slugs entity ids are: lower-case letters and digits, joined by hyphens.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex EntityIdShape();
}
