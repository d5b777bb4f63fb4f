// GraphExplorer Exposure: from the start, the entities reached in at most maxDepth steps
// along $outTypes (followed outwards) and $inTypes (followed inwards); for each of them its
// reach steps, the $ruleTypes relationships that point at it, and the $issuedType
// relationships into a $restrictsType rule; at most $limit relationships, and their ends.
// The store walks this subgraph with ExposureWalk. The store replaces the
// /*@…*/ marker with a validated integer (Cypher takes no parameter there).
MATCH (start:Entity {id: $id})
WITH start, COLLECT {
  MATCH (start) ((a)-[step]-(b)
    WHERE (type(step) IN $outTypes AND startNode(step) = a) OR (type(step) IN $inTypes AND endNode(step) = a)
  ){0,/*@maxDepth*/} (x)
  WITH DISTINCT x
  CALL (x) {
    MATCH (x)-[r]-()
    WHERE (type(r) IN $outTypes AND startNode(r) = x) OR (type(r) IN $inTypes AND endNode(r) = x)
    RETURN r
    UNION
    MATCH (x)<-[r]-()
    WHERE type(r) IN $ruleTypes
    RETURN r
    UNION
    MATCH (x)<-[rule]-()<-[r]-()
    WHERE type(rule) = $restrictsType AND type(r) = $issuedType
    RETURN r
  }
  RETURN DISTINCT r
  LIMIT $limit
} AS relationships
RETURN relationships, [start] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
