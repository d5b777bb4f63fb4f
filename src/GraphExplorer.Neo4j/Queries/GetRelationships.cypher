// GraphExplorer GetRelationships: per entity, its relationships in the rendered direction of the
// rendered types, ordered by id, the first $first, known on one of $bases (null: any basis), that hold on $asOf (null: whenever), or, given
// $statuses, were reported by $asOf and stand in one of them on it (as Relationship.StatusOn); and the
// entity itself with the entities at their ends. The store replaces each /*@…*/ marker: the arrow heads from the Direction enum, the
// relationship types from the RelationshipType enum (nothing for every type).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)/*@in*/-[r/*@types*/]-/*@out*/()
  WHERE ($bases IS NULL OR r.basis IN $bases)
    AND ($asOf IS NULL
    OR ($statuses IS NULL AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
      AND (r.reportedOn IS NULL OR r.reportedOn <= $asOf))
    OR ($statuses IS NOT NULL AND (r.reportedOn IS NULL OR r.reportedOn <= $asOf)
      AND CASE WHEN r.validTo < $asOf THEN 'ENDED' WHEN r.validFrom > $asOf OR r.status = 'planned' THEN 'PLANNED'
        ELSE 'IN_FORCE' END IN $statuses))
  WITH DISTINCT r
  ORDER BY r.id
  LIMIT $first
  RETURN collect(r) AS relationships
}
RETURN n.id AS id, relationships,
  [n] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
