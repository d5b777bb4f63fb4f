// Which regulations touch ByteDance's chip supply: its suppliers, or the chips they supply?
// Literal id: 'bytedance'. No parameters.
// Graph view: regulation -RESTRICTS-> supplier or chip, the supply into ByteDance, and the
// regulator that issued the regulation.
MATCH (supplier:Entity)-[supplies:SUPPLIES]->(customer:Entity {id: 'bytedance'})
OPTIONAL MATCH (chip:Chip)
  WHERE chip.id IN supplies.items
WITH customer, supplier, supplies, [supplier] + collect(chip) AS targets
UNWIND targets AS target
MATCH (regulation:Regulation)-[restricts:RESTRICTS]->(target)
OPTIONAL MATCH (regulator:Entity)-[issued:ISSUED]->(regulation)
RETURN regulation, restricts, target, supplier, supplies, customer, regulator, issued,
       regulation.name AS regulationName, target.name AS restrictedName, supplier.name AS supplierName,
       restricts.scope AS scope
ORDER BY regulationName, restrictedName, supplierName;
