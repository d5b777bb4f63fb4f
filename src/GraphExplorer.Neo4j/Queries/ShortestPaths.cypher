// GraphExplorer ShortestPaths: all shortest paths of at most maxLength relationships of $types
// (null: all) from $from to $to, at most $limit of them, and both ends whether or not a path
// exists. The store picks the answer from them with ShortestPathSearch. The store replaces each
// /*@…*/ marker: the arrow head when directed, the bound from a validated integer.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
WITH a, b, COLLECT {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[steps*1../*@maxLength*/]-/*@out*/(b))
  WHERE $types IS NULL OR all(step IN steps WHERE type(step) IN $types)
  RETURN p
  LIMIT $limit
} AS paths
WITH a, b, size(paths) AS pathCount, reduce(found = [], p IN paths | found + relationships(p)) AS relationships
RETURN pathCount, relationships,
  [n IN [a, b] WHERE n IS NOT NULL] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
