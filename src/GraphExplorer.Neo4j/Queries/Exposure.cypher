// GraphExplorer Exposure: from the start, the entities reached in at most maxDepth reach steps
// (the rendered reach types, each followed the way ExposureWalk follows it: the rendered inward
// types inwards, the others outwards); for each of them its reach steps, the rule relationships
// that point at it, and the issued relationships into a restricting rule; at most $limit
// relationships, and their ends. The store walks this subgraph with ExposureWalk. The store
// replaces each /*@…*/ marker: types from the RelationshipType enum (`:OWNS|SUPPLIES` in a
// pattern, `'SUPPLIES'` in the list of inward types), the depth from a validated integer.
MATCH (start:Entity {id: $id})
WITH start, COLLECT {
  MATCH (start) ((a)-[step/*@reachTypes*/]-(b)
    WHERE CASE WHEN type(step) IN [/*@inwardTypes*/] THEN endNode(step) = a ELSE startNode(step) = a END
  ){0,/*@maxDepth*/} (x)
  WITH DISTINCT x
  CALL (x) {
    MATCH (x)-[r/*@reachTypes*/]-()
    WHERE CASE WHEN type(r) IN [/*@inwardTypes*/] THEN endNode(r) = x ELSE startNode(r) = x END
    RETURN r
    UNION
    MATCH (x)<-[r/*@ruleTypes*/]-()
    RETURN r
    UNION
    MATCH (x)<-[/*@restrictsType*/]-()<-[r/*@issuedType*/]-()
    RETURN r
  }
  RETURN DISTINCT r
  LIMIT $limit
} AS relationships
RETURN relationships, [start] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
