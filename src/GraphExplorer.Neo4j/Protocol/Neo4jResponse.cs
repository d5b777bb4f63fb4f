using System.Net;

namespace GraphExplorer.Neo4j.Protocol;

/// <summary>A successful answer with the cluster affinity to send back inside a transaction.</summary>
internal sealed record Neo4jResponse(QueryResponseBody Body, HttpStatusCode Status, string? Affinity);
