// GraphExplorer ShortestPaths: all shortest paths of at most maxLength relationships of the
// rendered types that hold on $asOf (null: whenever) from $from to $to, at most $limit of them, and both ends whether or not a path
// exists. The store picks the answer from them with ShortestPathSearch. The store replaces each
// /*@…*/ marker: the relationship types from the RelationshipType enum (nothing for every type),
// the arrow head when directed, the bound from a validated integer. The types stand in the
// pattern: a predicate over the path's relationships would make Neo4j's planner give up its
// bidirectional shortest-path search for an exhaustive one (Cypher manual, "Shortest path
// planning"). The asOf filter is a universal predicate over the path's relationships, which the
// same page says the fast search evaluates while it searches.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
WITH a, b, COLLECT {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[/*@types*/*1../*@maxLength*/]-/*@out*/(b))
  WHERE $asOf IS NULL OR all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf)
      AND (r.validTo IS NULL OR r.validTo >= $asOf) AND (r.reportedOn IS NULL OR r.reportedOn <= $asOf))
  RETURN p
  LIMIT $limit
} AS paths
WITH a, b, size(paths) AS pathCount, reduce(found = [], p IN paths | found + relationships(p)) AS relationships
RETURN pathCount, relationships,
  [n IN [a, b] WHERE n IS NOT NULL] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
