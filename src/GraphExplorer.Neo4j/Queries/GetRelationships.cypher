// GraphExplorer GetRelationships: per entity, its relationships in $direction of $types
// (null: all), ordered by id, the first $first; and the entity itself with the entities at their ends.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-()
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'Both'
      OR ($direction = 'Out' AND startNode(r) = n)
      OR ($direction = 'In' AND endNode(r) = n))
  WITH DISTINCT r
  ORDER BY r.id
  LIMIT $first
  RETURN collect(r) AS relationships
}
RETURN n.id AS id, relationships,
  [n] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
