// Schema: one uniqueness constraint on Entity.id, a name index, and an id index per relationship type.
// Every statement is IF NOT EXISTS, so the script is safe to run again.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

CREATE INDEX owns_id IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.id);
CREATE INDEX develops_id IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.id);
CREATE INDEX manufactures_id IF NOT EXISTS FOR ()-[r:MANUFACTURES]-() ON (r.id);
CREATE INDEX supplies_id IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.id);
CREATE INDEX international_version_of_id IF NOT EXISTS FOR ()-[r:INTERNATIONAL_VERSION_OF]-() ON (r.id);
CREATE INDEX competes_with_id IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() ON (r.id);
CREATE INDEX invests_in_id IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.id);
CREATE INDEX issued_id IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.id);
CREATE INDEX restricts_id IF NOT EXISTS FOR ()-[r:RESTRICTS]-() ON (r.id);
CREATE INDEX regulates_id IF NOT EXISTS FOR ()-[r:REGULATES]-() ON (r.id);
CREATE INDEX operates_in_id IF NOT EXISTS FOR ()-[r:OPERATES_IN]-() ON (r.id);
CREATE INDEX leases_from_id IF NOT EXISTS FOR ()-[r:LEASES_FROM]-() ON (r.id);
CREATE INDEX mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);
CREATE INDEX located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX published_id IF NOT EXISTS FOR ()-[r:PUBLISHED]-() ON (r.id);
CREATE INDEX contributed_to_id IF NOT EXISTS FOR ()-[r:CONTRIBUTED_TO]-() ON (r.id);
