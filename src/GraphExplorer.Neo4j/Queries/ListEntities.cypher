// GraphExplorer ListEntities: entities (of label $kind, null: all) ordered by id after $after,
// at most $limit of them, and how many there are in all.
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
  RETURN collect(n) AS page
}
RETURN total, page
