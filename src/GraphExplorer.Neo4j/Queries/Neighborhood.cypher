// GraphExplorer Neighborhood: every relationship (of $types, null: all, in the asked direction)
// of every entity within depth - 1 steps of the start, at most $limit of them, and the entities
// at their ends. The store walks this subgraph with NeighborhoodWalk, so the answer is the
// embedded store's. The store replaces each /*@…*/ marker: the arrow heads from the Direction
// enum, the radius from a validated integer (Cypher takes no parameter there).
MATCH (start:Entity {id: $id})
WITH start, COLLECT {
  MATCH (start)/*@in*/-[steps*0../*@radius*/]-/*@out*/(x)
  WHERE $types IS NULL OR all(step IN steps WHERE type(step) IN $types)
  WITH DISTINCT x
  MATCH (x)/*@in*/-[r]-/*@out*/()
  WHERE $types IS NULL OR type(r) IN $types
  RETURN DISTINCT r
  LIMIT $limit
} AS relationships
RETURN relationships, [start] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
