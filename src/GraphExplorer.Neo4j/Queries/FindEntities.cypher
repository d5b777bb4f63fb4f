// GraphExplorer FindEntities: entities with one of the labels $kinds (null: any), whose lower-cased
// name or an alias contains $text (null: any), and, when $having, with a relationship of the
// rendered type in the rendered direction; ordered by the rendered key, ties by id, the whole order
// reversed when descending; $limit of them from position $offset, and how many match in all. When
// $withRelationships, also each one's relationships as in ListEntities. The store replaces each
// /*@…*/ marker: havingIn, havingOut and havingType from the Direction and RelationshipType enums,
// sortKey and sortDirection from the EntitySort enum, and in, out, types as in GetRelationships.
CALL () {
  MATCH (n:Entity)
  WHERE ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
    AND ($text IS NULL OR any(name IN [n.name] + coalesce(n.aliases, []) WHERE toLower(name) CONTAINS $text))
    AND (NOT $having OR EXISTS { (n)/*@havingIn*/-[/*@havingType*/]-/*@havingOut*/() })
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
  WHERE ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
    AND ($text IS NULL OR any(name IN [n.name] + coalesce(n.aliases, []) WHERE toLower(name) CONTAINS $text))
    AND (NOT $having OR EXISTS { (n)/*@havingIn*/-[/*@havingType*/]-/*@havingOut*/() })
  WITH n, COUNT { (n)-[]-() } AS degree
  ORDER BY /*@sortKey*/n.id/*@sortDirection*/
  SKIP $offset
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
    degree: degree,
    relationships: relationships,
    ends: [n] + [r IN relationships | startNode(r)] + [r IN relationships | endNode(r)]
  }) AS page
}
RETURN total, page
