// GraphExplorer Reach: every relationship of the rendered types, in the rendered direction, of
// every entity within the rendered radius of a start ($ids), at most $limit of them, and the
// entities at their ends. The part of the graph a walk (neighborhood, supply chain, owners, common
// neighbors) can touch, when all its steps go one way; MixedReach.cypher serves walks whose steps
// go both ways. The store replaces each /*@…*/ marker: the arrow heads from the Direction enum,
// the relationship types from the RelationshipType enum (`:OWNS|SUPPLIES`, or nothing for every
// type), the radius from a validated integer. Types stand in the pattern, never in a predicate
// on a parameter, so Neo4j's planner keeps its pruning var-length expand.
UNWIND $ids AS startId
MATCH (start:Entity {id: startId})
WITH collect(DISTINCT start) AS starts
WITH starts, COLLECT {
  UNWIND starts AS start
  MATCH (start)/*@in*/-[/*@types*/*0../*@radius*/]-/*@out*/(x)
  WITH DISTINCT x
  MATCH (x)/*@in*/-[r/*@types*/]-/*@out*/()
  RETURN DISTINCT r
  LIMIT $limit
} AS relationships
RETURN relationships, starts + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
