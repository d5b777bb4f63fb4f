namespace GraphExplorer.Core.Model;

/// <summary>A property that is not stated by the source (see <see cref="Provenance"/>): how it is known, and why.</summary>
public sealed record PropertyBasis(string Property, Basis Basis, string? Note);
