// The whole graph: every entity and document with every relationship between them.
// No parameters. Neo4j Browser draws at most 300 nodes by default (:config initialNodeDisplay: 1000
// raises it); the seed graph is well under that.
MATCH (node:Entity)
OPTIONAL MATCH (node)-[rel]->(other:Entity)
RETURN node, rel, other;
