// GraphExplorer CountRelationships: per entity, how many relationships it has of each type, going
// out (outgoing = true) and coming in; a loop counts once each way.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]->()
  RETURN type(r) AS type, true AS outgoing, count(r) AS count
  UNION ALL
  MATCH (n)<-[r]-()
  RETURN type(r) AS type, false AS outgoing, count(r) AS count
}
RETURN n.id AS id, type, outgoing, count
