namespace GraphExplorer.Neo4j.Protocol;

/// <summary>What a request was about, so an error can name the server, database, user and transaction.</summary>
internal sealed record Neo4jRequestContext(Uri Server, string Database, string? User, string? TransactionId);
