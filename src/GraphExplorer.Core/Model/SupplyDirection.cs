namespace GraphExplorer.Core.Model;

/// <summary>Upstream follows suppliers, downstream follows customers.</summary>
public enum SupplyDirection
{
    Upstream,
    Downstream,
}
