// GraphExplorer MixedReach: as Reach.cypher, for a walk whose steps go different ways (exposure
// follows what supplies an entity inwards and what it owns outwards): every relationship of the
// rendered types, each followed the way its step goes, of every entity within the rendered radius
// of a start ($ids), at most $limit of them, and their ends. The store replaces each /*@…*/ marker:
// the types from the RelationshipType enum (`:OWNS|SUPPLIES` in a pattern, `'SUPPLIES'` in the
// lists of the types followed inwards and outwards; a type in neither goes both ways), the radius
// from a validated integer.
UNWIND $ids AS startId
MATCH (start:Entity {id: startId})
WITH collect(DISTINCT start) AS starts
WITH starts, COLLECT {
  UNWIND starts AS start
  MATCH (start) ((a)-[step/*@types*/]-(b)
    WHERE CASE WHEN type(step) IN [/*@inward*/] THEN endNode(step) = a WHEN type(step) IN [/*@outward*/] THEN startNode(step) = a ELSE true END
  ){0,/*@radius*/} (x)
  WITH DISTINCT x
  MATCH (x)-[r/*@types*/]-()
  WHERE CASE WHEN type(r) IN [/*@inward*/] THEN endNode(r) = x WHEN type(r) IN [/*@outward*/] THEN startNode(r) = x ELSE true END
  RETURN DISTINCT r
  LIMIT $limit
} AS relationships
RETURN relationships, starts + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
