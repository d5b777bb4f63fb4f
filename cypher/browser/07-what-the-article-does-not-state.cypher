// What the graph holds that its source does not state in so many words: each relationship marked
// implied (it follows from the source; basisNote says how) or outside (background knowledge;
// basisNote says where from), with the source and the dates at their precision.
// No parameters. Graph view: the marked relationships and their ends; table view: one row each.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.basis IN ['implied', 'outside']
RETURN a, r, b,
       r.id AS id, type(r) AS type, r.basis AS basis, r.basisNote AS why, r.source AS source,
       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision,
       r.validTo AS validTo, r.validToPrecision AS validToPrecision
ORDER BY basis DESC, id;
