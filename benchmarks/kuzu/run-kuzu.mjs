// Loads the generated CSV graph into an in-memory Kuzu database and runs the benchmark query
// shapes on the inputs of queries.json, with the same bounds as our store.
// Usage: node run-kuzu.mjs --data ../out/10k --out ../out/10k/kuzu.json [--ours ../out/10k/ours.json] [--count 100]
import fs from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';
import { summarize, parseArgs } from './stats.mjs';

const args = parseArgs(process.argv.slice(2));
const data = path.resolve(args.data);
const count = Number(args.count ?? 100);
const queries = JSON.parse(fs.readFileSync(path.join(data, 'queries.json'), 'utf8'));
const ours = args.ours && fs.existsSync(args.ours) ? JSON.parse(fs.readFileSync(args.ours, 'utf8')) : null;

const relTypes = [
  'OWNS', 'DEVELOPS', 'MANUFACTURES', 'SUPPLIES', 'COMPETES_WITH', 'INVESTS_IN', 'ISSUED', 'RESTRICTS',
  'REGULATES', 'OPERATES_IN', 'MENTIONS', 'LOCATED_IN', 'PART_OF', 'PUBLISHED',
];

const db = new kuzu.Database(':memory:');
const conn = new kuzu.Connection(db);
const run = async (text, params) => {
  if (!params) return (await conn.query(text)).getAll();
  const statement = await conn.prepare(text);
  if (!statement.isSuccess()) throw new Error(`${statement.getErrorMessage()}\n${text}`);
  return (await conn.execute(statement, params)).getAll();
};

const loadStart = process.hrtime.bigint();
await run('CREATE NODE TABLE Entity(id STRING PRIMARY KEY, kind STRING, name STRING, aliases STRING)');
for (const type of relTypes) {
  await run(`CREATE REL TABLE ${type}(FROM Entity TO Entity, id STRING, source STRING, reportedOn DATE, percentage DOUBLE)`);
}
const entitiesCsv = path.join(data, 'entities.csv');
const relationshipsCsv = path.join(data, 'relationships.csv');
await run(`COPY Entity FROM '${entitiesCsv}' (header=true)`);
for (const type of relTypes) {
  await run(`COPY ${type} FROM (LOAD FROM '${relationshipsCsv}' (header=true) WHERE type = '${type}'
    RETURN from, to, id, source, CAST(reportedOn AS DATE), CAST(percentage AS DOUBLE))`);
}
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
const memory = process.memoryUsage();
console.log(`kuzu: loaded ${args.data} in ${loadSeconds.toFixed(1)} s, rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`);

// Each shape: prepared statements, one untimed warm-up pass over a few inputs, then timed runs.
const shapes = {
  entity: {
    inputs: queries.entity,
    prepare: [
      'MATCH (a:Entity {id: $id}) RETURN a.id, a.kind, a.name, a.aliases',
      `MATCH (a:Entity {id: $id})-[r]-(b:Entity)
       RETURN r.id AS id, label(r) AS type, b.id AS other, r.source, r.reportedOn, r.percentage ORDER BY id LIMIT 50`,
    ],
    exec: async ([node, rels], id) => {
      const found = await exec(node, { id });
      const rows = await exec(rels, { id });
      return { id, found: found.length === 1, relationships: rows.map(r => r.id) };
    },
  },
  neighborhood: {
    inputs: queries.neighborhood,
    prepare: [`MATCH (a:Entity {id: $id})-[* SHORTEST 1..2]-(b:Entity) RETURN b.id AS id, b.kind, b.name LIMIT 200`],
    exec: async ([q], id) => {
      const rows = await exec(q, { id });
      const truncated = rows.length >= 200;
      const nodes = [id, ...rows.map(r => r.id)].sort();
      return { id, count: truncated ? 200 : nodes.length, truncated, nodes: truncated ? null : nodes };
    },
  },
  supplyChain: {
    inputs: queries.supplyChain,
    prepare: [`MATCH p = (s:Entity)-[:SUPPLIES* SHORTEST 1..3]->(r:Entity {id: $id})
               RETURN s.id AS id, length(p) AS tier LIMIT 2001`],
    exec: async ([q], id) => {
      const rows = await exec(q, { id });
      const tiers = [[], [], []];
      for (const row of rows) tiers[Number(row.tier) - 1].push(row.id);
      const truncated = rows.length > 2000;
      return { id, truncated, count: rows.length, tiers: truncated ? null : tiers.map(t => t.sort()) };
    },
  },
  paths: {
    inputs: queries.paths,
    // ALL SHORTEST with the first 10 in order (what our store answers) crashed Kuzu 0.11.3 at 100k
    // (segmentation fault on hub-heavy pairs), so Kuzu finds one shortest path: less work than ours.
    prepare: [`MATCH p = (a:Entity {id: $from})-[* SHORTEST 1..6]-(b:Entity {id: $to})
               RETURN list_to_string(' ', list_transform(rels(p), x -> x.id)) AS ids, length(p) AS length`],
    exec: async ([q], [from, to]) => {
      const rows = from === to ? [] : await exec(q, { from, to });
      return { from, to, length: rows.length ? Number(rows[0].length) : null, paths: rows.map(r => r.ids) };
    },
  },
  searchPrefix: { inputs: queries.searchPrefix, prepare: [searchQuery()], exec: search },
  searchContains: { inputs: queries.searchContains, prepare: [searchQuery()], exec: search },
  owners: {
    inputs: queries.owners,
    prepare: [`MATCH (o:Entity)-[:OWNS*1..5]->(a:Entity {id: $id})
               RETURN DISTINCT o.id AS id, o.name, NOT EXISTS { MATCH (:Entity)-[:OWNS]->(o) } AS ultimate`],
    exec: async ([q], id) => {
      const rows = await exec(q, { id });
      return {
        id,
        owners: rows.map(r => r.id).sort(),
        ultimate: rows.filter(r => r.ultimate).map(r => r.id).sort(),
      };
    },
  },
};

function searchQuery() {
  // Case-insensitive over name and aliases ('|'-separated); best rank of name and aliases:
  // 0 exact, 1 prefix, 2 contains; ties by name then id.
  return `MATCH (e:Entity)
    WITH e, lower(e.name) AS n, '|' + lower(coalesce(e.aliases, '')) + '|' AS al
    WHERE n CONTAINS $text OR al CONTAINS $text
    WITH e, CASE WHEN n = $text OR al CONTAINS $exactAlias THEN 0
                 WHEN starts_with(n, $text) OR al CONTAINS $prefixAlias THEN 1 ELSE 2 END AS rank
    RETURN e.id AS id, e.name AS name, rank ORDER BY rank, name, id LIMIT 20`;
}

async function search([q], text) {
  const rows = await exec(q, { text, exactAlias: `|${text}|`, prefixAlias: `|${text}` });
  return { text, ids: rows.map(r => r.id) };
}

async function exec(statement, params) {
  return (await conn.execute(statement, params)).getAll();
}

const result = { engine: 'kuzu', version: '0.11.3', size: path.basename(data), loadSeconds, rssMiB: memory.rss / 2 ** 20, shapes: {} };
// Shortest paths run last, in the same process: ALL SHORTEST and even SHORTEST 1 have crashed Kuzu 0.11.3
// (segmentation fault) on hub-heavy pairs at 100k. Everything else is written first, and paths are marked
// crashed until they finish, so a crash loses only them.
for (const [name, shape] of Object.entries(shapes)) if (name !== 'paths') await runShape(name, shape);

// Untimed checks that need the whole graph: where our answer was cut by a bound, every
// node we returned must lie within the bound in Kuzu too.
if (ours) {
  const within = await conn.prepare(`UNWIND $ids AS x MATCH p = (a:Entity {id: $root})-[* SHORTEST 1..2]-(b:Entity {id: x}) RETURN b.id AS id`);
  const tiers = await conn.prepare(`UNWIND $ids AS x MATCH p = (s:Entity {id: x})-[:SUPPLIES* SHORTEST 1..3]->(r:Entity {id: $root}) RETURN s.id AS id, length(p) AS tier`);
  result.checks = { neighborhood: [], supplyChain: [] };
  for (const answer of ours.shapes.neighborhood?.answers ?? []) {
    if (!answer.truncated) continue;
    const others = answer.nodes.filter(n => n !== answer.id);
    const found = new Set((await exec(within, { root: answer.id, ids: others })).map(r => r.id));
    result.checks.neighborhood.push({ id: answer.id, outside: others.filter(n => !found.has(n)) });
  }
  for (const answer of ours.shapes.supplyChain?.answers ?? []) {
    if (!answer.truncated) continue;
    const ids = answer.tiers.flat();
    const tierOf = new Map((await exec(tiers, { root: answer.id, ids })).map(r => [r.id, Number(r.tier)]));
    const wrong = [];
    answer.tiers.forEach((tier, i) => tier.forEach(n => { if (tierOf.get(n) !== i + 1) wrong.push(n); }));
    result.checks.supplyChain.push({ id: answer.id, wrongTier: wrong });
  }
}

result.crashed = ['paths'];
fs.writeFileSync(args.out, JSON.stringify(result, null, 1));
await runShape('paths', shapes.paths);
result.crashed = [];
fs.writeFileSync(args.out, JSON.stringify(result, null, 1));
console.log(`kuzu: wrote ${args.out}`);

async function runShape(name, shape) {
  const statements = [];
  for (const text of shape.prepare) {
    const statement = await conn.prepare(text);
    if (!statement.isSuccess()) throw new Error(`${name}: ${statement.getErrorMessage()}`);
    statements.push(statement);
  }
  const inputs = shape.inputs.slice(0, count);
  for (const input of inputs.slice(0, Math.min(20, inputs.length))) await shape.exec(statements, input);
  const times = [];
  const answers = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    answers.push(await shape.exec(statements, input));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  result.shapes[name] = { ...summarize(times), answers };
  console.log(`kuzu ${name.padEnd(15)} median ${result.shapes[name].medianMs.toFixed(3)} ms  p99 ${result.shapes[name].p99Ms.toFixed(3)} ms`);
}

