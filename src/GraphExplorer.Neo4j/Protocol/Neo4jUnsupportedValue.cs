using System.Text.Json;

namespace GraphExplorer.Neo4j.Protocol;

/// <summary>A value of a type this client does not know (e.g. Vector on newer servers), kept as sent.</summary>
public sealed record Neo4jUnsupportedValue(string Type, JsonElement Value);
