// Who supplies ByteDance, with which chips, and how (directly, through cloud computing, by leasing)?
// Literal id: 'bytedance' (replace it to ask about another customer). No parameters.
// Graph view: suppliers -> ByteDance, the chips each supply names, and who makes them.
// Table view: one row per supply relationship and chip.
MATCH (supplier:Entity)-[supplies:SUPPLIES]->(customer:Entity {id: 'bytedance'})
OPTIONAL MATCH (chip:Chip)
  WHERE chip.id IN supplies.items
OPTIONAL MATCH (maker:Entity)-[made:MANUFACTURES]->(chip)
RETURN supplier, supplies, customer, chip, made, maker,
       supplier.name AS supplierName, supplies.what AS what, supplies.via AS via,
       supplies.status AS status, chip.name AS chipName
ORDER BY supplierName, chipName;
