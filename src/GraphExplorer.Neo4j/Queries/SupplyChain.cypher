// GraphExplorer SupplyChain: every $types (SUPPLIES) relationship, inwards for upstream and
// outwards for downstream, of every entity within maxTiers - 1 steps of the start, at most
// $limit of them, and the entities at their ends. The store walks this subgraph with
// SupplyChainWalk. The store replaces each /*@…*/ marker: the arrow heads from the direction,
// the radius from a validated integer.
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
