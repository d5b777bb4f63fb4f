namespace GraphExplorer.Core.Model;

/// <summary>The kind of an entity; each kind is also a Neo4j label beside <c>Entity</c>.</summary>
public enum EntityKind
{
    Company,
    Product,
    Chip,
    Regulator,
    Regulation,
    Place,
    Facility,
    Person,
    Document,
}
