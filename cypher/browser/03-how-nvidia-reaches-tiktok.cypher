// How is Nvidia connected to TikTok? The shortest chain of business relationships between them.
// Literal ids: 'nvidia' and 'tiktok'. No parameters.
// MENTIONS, PUBLISHED and CONTRIBUTED_TO are left out: every entity one article names would
// otherwise be two hops from every other through that article.
// For every shortest chain instead of one, write allShortestPaths.
MATCH (from:Entity {id: 'nvidia'}), (to:Entity {id: 'tiktok'})
MATCH path = shortestPath((from)-[:OWNS|DEVELOPS|MANUFACTURES|SUPPLIES|INTERNATIONAL_VERSION_OF|COMPETES_WITH|INVESTS_IN|ISSUED|RESTRICTS|REGULATES|OPERATES_IN|LEASES_FROM|LOCATED_IN|PART_OF*..6]-(to))
RETURN path,
       [node IN nodes(path) | node.name] AS chain,
       [rel IN relationships(path) | type(rel)] AS types,
       length(path) AS hops;
