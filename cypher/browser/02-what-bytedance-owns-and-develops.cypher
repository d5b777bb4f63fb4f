// What does ByteDance own and develop, directly or through companies it owns?
// Literal id: 'bytedance'. No parameters.
// Each path is ByteDance, any chain of OWNS, then the OWNS or DEVELOPS that reaches the asset.
MATCH path = (:Entity {id: 'bytedance'})-[:OWNS*0..4]->(:Entity)-[step:OWNS|DEVELOPS]->(asset:Entity)
RETURN path,
       asset.id AS id, asset.name AS name, labels(asset) AS labels,
       type(step) AS how, step.percentage AS percentage, length(path) AS hops
ORDER BY hops, how, name;
