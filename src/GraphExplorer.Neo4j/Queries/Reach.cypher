// GraphExplorer Reach: every relationship of the rendered types, in the rendered direction, of
// every entity within the rendered radius of the start, at most $limit of them, and the entities
// at their ends. Neighborhood, supply chain and owners each fetch their subgraph with it and walk
// it with their Core walk, so the answer is the embedded store's. The store replaces each /*@…*/
// marker: the arrow heads from the Direction enum, the relationship types from the
// RelationshipType enum (`:OWNS|SUPPLIES`, or nothing for every type), the radius from a
// validated integer. Types stand in the pattern, never in a predicate on a parameter, so Neo4j's
// planner keeps its expand-into and pruning fast paths.
MATCH (start:Entity {id: $id})
WITH start, COLLECT {
  MATCH (start)/*@in*/-[/*@types*/*0../*@radius*/]-/*@out*/(x)
  WITH DISTINCT x
  MATCH (x)/*@in*/-[r/*@types*/]-/*@out*/()
  RETURN DISTINCT r
  LIMIT $limit
} AS relationships
RETURN relationships, [start] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
