namespace GraphExplorer.Neo4j.Protocol;

/// <summary>A Point kept as Neo4j's extended WKT text (<c>SRID=7203;POINT (1.2 3.4)</c>).</summary>
public sealed record Neo4jPoint(string Wkt);
