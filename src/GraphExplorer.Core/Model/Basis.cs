namespace GraphExplorer.Core.Model;

/// <summary>How a statement in the graph is known from its source document.</summary>
public enum Basis
{
    /// <summary>The document says it.</summary>
    Stated,

    /// <summary>It follows from what the document says; the evidence or the basis note says how.</summary>
    Implied,

    /// <summary>Background knowledge, not from the document; the basis note says where it comes from.</summary>
    Outside,
}
