// GraphExplorer ListEntities: entities (of label $kind, null: all) ordered by id after $after,
// at most $limit of them, and how many there are in all. When $withRelationships, also each
// one's relationships in the rendered direction of the rendered types, ordered by id, the first
// $relationshipsFirst, and the entities at their ends: a page and its relationships in one
// round-trip. The store replaces each /*@…*/ marker as in GetRelationships.
CALL () {
  MATCH (n:Entity)
  WHERE $kind IS NULL OR $kind IN labels(n)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
  WHERE ($kind IS NULL OR $kind IN labels(n)) AND ($after IS NULL OR n.id > $after)
  WITH n
  ORDER BY n.id
  LIMIT $limit
  CALL (n) {
    MATCH (n)/*@in*/-[r/*@types*/]-/*@out*/()
    WHERE $withRelationships
      AND ($bases IS NULL OR r.basis IN $bases)
      AND ($asOf IS NULL
        OR ($statuses IS NULL AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
          AND (r.reportedOn IS NULL OR r.reportedOn <= $asOf))
        OR ($statuses IS NOT NULL AND (r.reportedOn IS NULL OR r.reportedOn <= $asOf)
          AND CASE WHEN r.validTo < $asOf THEN 'ENDED' WHEN r.validFrom > $asOf OR r.status = 'planned' THEN 'PLANNED'
            ELSE 'IN_FORCE' END IN $statuses))
    WITH DISTINCT r
    ORDER BY r.id
    LIMIT $relationshipsFirst
    RETURN collect(r) AS relationships
  }
  RETURN collect({
    node: n,
    relationships: relationships,
    ends: [n] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)]
  }) AS page
}
RETURN total, page
