using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Writes;

/// <summary>
/// The two statement forms of the seed subset that writes are made of, with every value written as a literal by
/// <see cref="CypherLiteral"/>: a journal of them is itself a script that the seed loader and Neo4j both run.
/// </summary>
public static class WriteStatements
{
    /// <summary><c>MERGE (n:Entity {id: …}) SET n:Kind, n += {…}</c>.</summary>
    public static string MergeEntity(string id, EntityKind kind, IEnumerable<KeyValuePair<string, object?>> properties) =>
        $"MERGE (n:Entity {{id: {CypherLiteral.Of(id)}}})\nSET n:{kind.ToLabel()}, n += {CypherLiteral.Map(properties)}";

    /// <summary><c>MATCH (a…), (b…) MERGE (a)-[r:TYPE {id: …}]->(b) SET r += {…}</c>.</summary>
    public static string MergeRelationship(
        string id, RelationshipType type, string fromId, string toId, IEnumerable<KeyValuePair<string, object?>> properties) =>
        $"MATCH (a:Entity {{id: {CypherLiteral.Of(fromId)}}}), (b:Entity {{id: {CypherLiteral.Of(toId)}}})\n" +
        $"MERGE (a)-[r:{type.ToCypher()} {{id: {CypherLiteral.Of(id)}}}]->(b)\nSET r += {CypherLiteral.Map(properties)}";
}
