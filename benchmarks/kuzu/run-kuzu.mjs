// Loads the generated CSV graph into an in-memory Kuzu database and runs the benchmark query
// shapes on the inputs of queries.json, with the same bounds as our store.
// Usage: node run-kuzu.mjs --data ../out/10k --out ../out/10k/kuzu.json [--ours ../out/10k/ours.json] [--count 100]
//        [--layout single|per-type]   (single, the default: one relationship table; per-type: one per type)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
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
// single: one REL table Rel(FROM Entity TO Entity) with a `type` property (one node table, so one FROM/TO pair
// suffices). per-type: one REL table per relationship type, as before.
const layout = args.layout ?? 'single';
if (!['single', 'per-type'].includes(layout)) throw new Error(`--layout single|per-type, not ${layout}`);
const single = layout === 'single';

const db = new kuzu.Database(':memory:');
const conn = new kuzu.Connection(db);
const run = async text => (await conn.query(text)).getAll();

const loadStart = process.hrtime.bigint();
const loadCpuStart = process.cpuUsage();
const entitiesCsv = path.join(data, 'entities.csv');
const relationshipsCsv = path.join(data, 'relationships.csv');
// name_lc and aliases_lc (the aliases lowercased between '|' delimiters) are computed once here, so search
// compares them without lowering every row on every query.
await run(`CREATE NODE TABLE Entity(id STRING PRIMARY KEY, kind STRING, name STRING, aliases STRING,
  name_lc STRING, aliases_lc STRING)`);
await run(`COPY Entity FROM (LOAD FROM '${entitiesCsv}' (header=true)
  RETURN id, kind, name, aliases, lower(name), '|' + lower(coalesce(aliases, '')) + '|')`);
// COPY into a REL table reads the FROM and TO keys as the first two columns, then the properties in
// declaration order (kuzu-source/src/binder/bind/copy/bind_copy_from.cpp, bindExpectedRelColumns); the CSV
// starts with id,type, hence the LOAD FROM.
const relColumns = 'id STRING, source STRING, reportedOn DATE, percentage DOUBLE';
const relRow = file => `LOAD FROM '${file}' (header=true)
  RETURN from, to, ${single ? 'type, ' : ''}id, source, CAST(reportedOn AS DATE), CAST(percentage AS DOUBLE)`;
let splitSeconds = 0;
if (single) {
  await run(`CREATE REL TABLE Rel(FROM Entity TO Entity, type STRING, ${relColumns})`);
  await run(`COPY Rel FROM (${relRow(relationshipsCsv)})`);
} else {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kuzu-rels-'));
  try {
    const splitStart = process.hrtime.bigint();
    const files = await splitByType(relationshipsCsv, folder);
    splitSeconds = Number(process.hrtime.bigint() - splitStart) / 1e9;
    for (const [type, file] of files) {
      await run(`CREATE REL TABLE ${type}(FROM Entity TO Entity, ${relColumns})`);
      await run(`COPY ${type} FROM (${relRow(file)})`);
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
const loadCpu = process.cpuUsage(loadCpuStart);
const loadCpuSeconds = (loadCpu.user + loadCpu.system) / 1e6;
const memory = process.memoryUsage();
console.log(`kuzu (${layout}): loaded ${args.data} in ${loadSeconds.toFixed(1)} s (CPU ${loadCpuSeconds.toFixed(1)} s` +
  `${single ? '' : `, split ${splitSeconds.toFixed(1)} s`}), rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`);

// One streamed pass over relationships.csv into one file per type (same header) in folder. The generator
// writes no quoted fields, so the type is the text between the first and second comma.
async function splitByType(file, folder) {
  const files = new Map(relTypes.map(t => [t, path.join(folder, `${t}.csv`)]));
  const pending = new Map(relTypes.map(t => [t, []]));
  const flush = (type, lines) => { fs.appendFileSync(files.get(type), lines.join('\n') + '\n'); lines.length = 0; };
  let header = null;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (header === null) { header = line; for (const t of relTypes) pending.get(t).push(header); continue; }
    if (!line) continue;
    const start = line.indexOf(',') + 1;
    const type = line.slice(start, line.indexOf(',', start));
    const lines = pending.get(type);
    if (!lines) throw new Error(`unknown relationship type ${type}`);
    lines.push(line);
    if (lines.length === 50_000) flush(type, lines);
  }
  for (const [type, lines] of pending) if (lines.length) flush(type, lines);
  return files;
}

// Where the layouts differ: how a relationship's type is read, and a pattern over one type (Kuzu filters the
// relationships of a recursive pattern with `(r, _ | WHERE ...)` while it expands; docs.kuzudb.com/cypher/query-clauses/match,
// "Filter variable-length relationships"; kuzu-source/test/test_files/recursive_join/multi_label.test).
const typeOf = single ? 'r.type' : 'label(r)';
const ofType = (type, hops) => single ? `[:Rel${hops} (rel, _ | WHERE rel.type = '${type}')]` : `[:${type}${hops}]`;
const ownedBy = single ? 'EXISTS { MATCH (:Entity)-[x:Rel]->(o) WHERE x.type = \'OWNS\' }' : 'EXISTS { MATCH (:Entity)-[:OWNS]->(o) }';

// Each shape: prepared statements, one untimed warm-up pass over a few inputs, then timed runs.
const shapes = {
  // The per-statement floor: a trivial prepared statement bound, executed and read like every shape.
  floor: {
    inputs: queries.entity,
    prepare: ['RETURN $id AS id'],
    exec: async ([q], id) => ({ id: (await exec(q, { id }))[0].id }),
  },
  // One statement; without relationships the OPTIONAL MATCH gives one row with r null. It looks the entity
  // up again rather than reusing a: Kuzu 0.11.3 plans `OPTIONAL MATCH (a)-[r]-(b)` as a hash join over every
  // relationship (about 4x slower at 10k), the uncorrelated pattern as a key lookup and an expansion.
  entity: {
    inputs: queries.entity,
    prepare: [`MATCH (a:Entity {id: $id}) OPTIONAL MATCH (:Entity {id: $id})-[r]-(b:Entity)
       RETURN a.kind, a.name, a.aliases, r.id AS id, ${typeOf} AS type, b.id AS other, r.source, r.reportedOn, r.percentage
       ORDER BY id LIMIT 50`],
    exec: async ([q], id) => {
      const rows = await exec(q, { id });
      return { id, found: rows.length > 0, relationships: rows.filter(r => r.id !== null).map(r => r.id) };
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
    prepare: [`MATCH p = (s:Entity)-${ofType('SUPPLIES', '* SHORTEST 1..3')}->(r:Entity {id: $id})
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
    prepare: [`MATCH (o:Entity)-${ofType('OWNS', '*1..5')}->(a:Entity {id: $id})
               RETURN DISTINCT o.id AS id, o.name, NOT ${ownedBy} AS ultimate`],
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
  // Case-insensitive over name and aliases (lowercased at load; aliases_lc is '|'-delimited); best rank of
  // name and aliases: 0 exact, 1 prefix, 2 contains; ties by name then id (SearchRanking in GraphExplorer.Core).
  return `MATCH (e:Entity)
    WHERE e.name_lc CONTAINS $text OR e.aliases_lc CONTAINS $text
    WITH e, CASE WHEN e.name_lc = $text OR e.aliases_lc CONTAINS $exactAlias THEN 0
                 WHEN starts_with(e.name_lc, $text) OR e.aliases_lc CONTAINS $prefixAlias THEN 1 ELSE 2 END AS rank
    RETURN e.id AS id, e.name AS name, rank ORDER BY rank, name, id LIMIT 20`;
}

async function search([q], text) {
  const key = text.toLowerCase();
  const rows = await exec(q, { text: key, exactAlias: `|${key}|`, prefixAlias: `|${key}` });
  return { text, ids: rows.map(r => r.id) };
}

async function exec(statement, params) {
  return (await conn.execute(statement, params)).getAll();
}

const result = {
  engine: 'kuzu', version: '0.11.3', layout, size: path.basename(data),
  loadSeconds, loadCpuSeconds, splitSeconds, rssMiB: memory.rss / 2 ** 20, shapes: {},
};
// Shortest paths run last, in the same process: ALL SHORTEST and even SHORTEST 1 have crashed Kuzu 0.11.3
// (segmentation fault) on hub-heavy pairs at 100k. Everything else is written first, and paths are marked
// crashed until they finish, so a crash loses only them.
for (const [name, shape] of Object.entries(shapes)) if (name !== 'paths') await runShape(name, shape);

// Untimed checks that need the whole graph: where our answer was cut by a bound, every
// node we returned must lie within the bound in Kuzu too.
if (ours) {
  const within = await conn.prepare(`UNWIND $ids AS x MATCH p = (a:Entity {id: $root})-[* SHORTEST 1..2]-(b:Entity {id: x}) RETURN b.id AS id`);
  const tiers = await conn.prepare(`UNWIND $ids AS x MATCH p = (s:Entity {id: x})-${ofType('SUPPLIES', '* SHORTEST 1..3')}->(r:Entity {id: $root}) RETURN s.id AS id, length(p) AS tier`);
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
  result.shapes[name] = { ...summarize(times), statements: statements.length, answers };
  console.log(`kuzu ${layout} ${name.padEnd(15)} median ${result.shapes[name].medianMs.toFixed(3)} ms  p99 ${result.shapes[name].p99Ms.toFixed(3)} ms`);
}

