namespace GraphExplorer.Neo4j.Protocol;

/// <summary>One entry of a response's <c>errors</c> array.</summary>
public sealed record Neo4jError(string Code, string Message);
