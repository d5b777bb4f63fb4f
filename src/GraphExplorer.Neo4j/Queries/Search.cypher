// GraphExplorer Search: entities whose lower-cased name or alias contains $text; rank 0 exact,
// 1 prefix, 2 contains (the best of its names), then name, then id; the first $first. When
// $withRelationships, also each one's relationships in the rendered direction of the rendered
// types, ordered by id, the first $relationshipsFirst, and the entities at their ends: a list and
// its relationships in one round-trip. The store replaces each /*@…*/ marker as in GetRelationships.
MATCH (n:Entity)
WHERE $kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds)
WITH n, [name IN [n.name] + coalesce(n.aliases, []) | toLower(name)] AS keys
WITH n, [key IN keys WHERE key CONTAINS $text |
  CASE WHEN key = $text THEN 0 WHEN key STARTS WITH $text THEN 1 ELSE 2 END] AS ranks
WHERE size(ranks) > 0
WITH n, reduce(best = 2, rank IN ranks | CASE WHEN rank < best THEN rank ELSE best END) AS rank
ORDER BY rank, n.name, n.id
LIMIT $first
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
RETURN n, rank, relationships,
  [n] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)] AS ends
ORDER BY rank, n.name, n.id
