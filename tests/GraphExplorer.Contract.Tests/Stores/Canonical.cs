using System.Collections;
using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Contract.Tests.Stores;

/// <summary>
/// A text form of store answers that two stores must agree on exactly: every field, every property
/// with its .NET type, in the order the store gave (properties sorted, since they are a map).
/// </summary>
public static class Canonical
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        Entity e => $"Entity({e.Id}|{e.Kind}|{e.Name}|[{string.Join(",", e.Aliases)}]|{e.Description}|{Properties(e.Properties)})",
        Relationship r => $"Rel({r.Id}|{r.Type}|{r.FromId}->{r.ToId}|{r.SourceId}|{r.Evidence}|{Of(r.ReportedOn)}|{Of(r.ValidFrom)}|{Of(r.ValidTo)}|{Properties(r.Properties)})",
        GraphPath p => $"Path({Of(p.Nodes)}|{Of(p.Relationships)})",
        Subgraph s => $"Subgraph({Of(s.Nodes)}|{Of(s.Edges)}|{s.Truncated})",
        SupplyChain c => $"Chain({Of(c.Root)}|{c.Direction}|{Of(c.Tiers)}|{c.Truncated})",
        SupplyTier t => $"Tier({t.Tier}|{Of(t.Entities)}|{Of(t.Relationships)})",
        Ownership o => $"Owner({Of(o.Owner)}|{o.Depth}|{o.IsDirect}|{o.IsUltimate}|{Of(o.EffectivePercentage)}|{Of(o.Chain)})",
        Exposure x => $"Exposure({Of(x.By)}|{Of(x.Through)}|{x.Channel}|{Of(x.Path)})",
        EntityPage p => $"Page({Of(p.Entities)}|{p.TotalCount}|{p.HasNextPage})",
        RelationshipsResult r => $"Rels({Map(r.ByEntity)}|{Map(r.Endpoints)})",
        string s => $"'{s}'",
        DateOnly d => $"date({d:yyyy-MM-dd})",
        long l => $"long({l})",
        double d => $"double({d.ToString("R", CultureInfo.InvariantCulture)})",
        bool b => b ? "true" : "false",
        IDictionary dictionary => Map(dictionary.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value)),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => $"{value.GetType().Name}({value})",
    };

    private static string Properties(IReadOnlyDictionary<string, object?> properties) => Map(properties);

    private static string Map<T>(IEnumerable<KeyValuePair<string, T>> map) =>
        "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Of(p.Value)}")) + "}";
}
