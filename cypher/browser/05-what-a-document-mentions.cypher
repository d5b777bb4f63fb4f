// Everything a document mentions: companies, products, chips, regulators, regulations, places, people.
// Parameter: $id, a document id. Set it in Neo4j Browser before running, for example
//   :param id => 'doc-reuters-2025-01-23-bytedance-ai-capex'
// List the documents and their ids with
//   MATCH (d:Document) RETURN d.id, d.title, d.publishedOn ORDER BY d.publishedOn
MATCH (document:Document {id: $id})-[mentions:MENTIONS]->(entity:Entity)
RETURN document, mentions, entity,
       entity.id AS id, entity.name AS name, [label IN labels(entity) WHERE label <> 'Entity'] AS kind
ORDER BY kind, name;
