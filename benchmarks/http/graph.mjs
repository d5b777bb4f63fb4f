// The generated graph in plain JavaScript structures, answering the subset of our schema that the HTTP
// benchmark asks, with the semantics of our embedded store (src/GraphExplorer.Embedded) and of the shared
// walks (src/GraphExplorer.Core/Traversal), so the peer servers do the same work as ours.
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

// Ordinal comparison, as StringComparer.Ordinal: JavaScript compares strings by UTF-16 code units too.
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// One CSV line into fields; a field in double quotes may hold commas and "" for a quote (as CsvFields.cs).
function splitCsv(line) {
  if (!line.includes('"')) return line.split(',');
  const fields = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      for (i++; i < line.length; i++) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') { field += '"'; i++; continue; }
          i++;
          break;
        }
        field += line[i];
      }
    }
    while (i < line.length && line[i] !== ',') field += line[i++];
    fields.push(field);
    if (i++ >= line.length) return fields;
  }
}

// The lines of a text file, read a megabyte at a time: a 1M graph's relationships.csv is near V8's longest string.
function* lines(file) {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8'); // keeps a character split between two reads whole
  let rest = '';
  try {
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;) {
      const parts = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
      rest = parts.pop();
      yield* parts;
    }
    yield rest + decoder.end();
  } finally {
    fs.closeSync(fd);
  }
}

// The rows of a CSV file, each as the fields of the named columns in the order named; columns are found by their
// header name, as CsvGraphReader.cs does, and the first `required` must be there.
function* rows(file, names, required) {
  let columns = null;
  for (const line of lines(file)) {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (columns === null) {
      const header = splitCsv(text.replace(/^\uFEFF/, '')).map(h => h.trim().toLowerCase());
      columns = names.map(name => header.indexOf(name.toLowerCase()));
      if (columns.slice(0, required).includes(-1)) throw new Error(`${file}: the header needs the columns ${names.slice(0, required).join(', ')}`);
      continue;
    }
    if (text === '') continue;
    const fields = splitCsv(text);
    yield columns.map(c => (c < 0 ? '' : fields[c] ?? ''));
  }
}

const TRIGRAM = 3;

/** Names and aliases, lower-cased and sorted, with a trigram index: the same matching as NameIndex.cs and TrigramIndex.cs. */
class NameIndex {
  constructor(entities) {
    const pairs = [];
    // SearchRanking.Normalize is ToLowerInvariant; toLowerCase agrees with it on the generated (ASCII) names.
    for (const e of entities) for (const name of [e.name, ...e.aliases]) pairs.push([name.toLowerCase(), e]);
    pairs.sort((a, b) => ordinal(a[0], b[0]));
    this.keys = pairs.map(p => p[0]);
    this.owners = pairs.map(p => p[1]);
    // trigram -> ascending key positions, each key once.
    this.trigrams = new Map();
    this.keys.forEach((key, k) => {
      for (let i = 0; i + TRIGRAM <= key.length; i++) {
        const t = key.slice(i, i + TRIGRAM);
        const list = this.trigrams.get(t);
        if (!list) this.trigrams.set(t, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    });
  }

  /** Every entity whose name or an alias contains the text, with its best rank (0 exact, 1 prefix, 2 contains). */
  match(text) {
    const best = new Map();
    const keep = (entity, rank) => { if (!(best.get(entity) <= rank)) best.set(entity, rank); };
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle] < text) low = middle + 1; else high = middle;
    }
    for (let i = low; i < this.keys.length && this.keys[i].startsWith(text); i++) keep(this.owners[i], this.keys[i].length === text.length ? 0 : 1);
    // A key that contains the text contains each of its trigrams: the shortest posting list holds every match.
    let candidates = null;
    if (text.length >= TRIGRAM) {
      for (let i = 0; i + TRIGRAM <= text.length; i++) {
        const list = this.trigrams.get(text.slice(i, i + TRIGRAM)) ?? [];
        if (candidates === null || list.length < candidates.length) candidates = list;
      }
    }
    for (const k of candidates ?? this.keys.keys()) if (this.keys[k].includes(text)) keep(this.owners[k], 2);
    return best;
  }
}

// Relationship.HoldsOn: within its validity (none in the generated data) and reported on or before the date.
// Dates are ISO strings, which compare as the dates do.
const holdsOn = (r, date) => r.reportedOn === null || r.reportedOn <= date;

/** Today (UTC), what an answer is as of when no asOf is given (Arguments.Today). */
export const today = () => new Date().toISOString().slice(0, 10);

/** What our resolvers reject, with the same bounds (src/GraphExplorer.Core/Store/TraversalLimits.cs). */
export function check(name, value, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`Argument '${name}' must be between ${min} and ${max}; it was ${value}.`);
  return value;
}

export const limits = { maxNeighborhoodDepth: 4, maxNeighborhoodLimit: 2000, maxSupplyTiers: 6, maxSupplyChainEntities: 2000, maxPageSize: 500, maxRelationshipsPerEntity: 1000, maxSearchTextLength: 200 };

export class Graph {
  /** Loads entities.csv and relationships.csv of the folder. */
  constructor(folder) {
    this.byId = new Map();
    for (const [id, kind, name, aliases] of rows(path.join(folder, 'entities.csv'), ['id', 'kind', 'name', 'aliases'], 3)) {
      if (this.byId.has(id)) throw new Error(`duplicate entity id '${id}'`);
      // The CSV holds the label (Company); the GraphQL enum value is COMPANY.
      this.byId.set(id, { id, kind: kind.toUpperCase(), name, aliases: aliases ? aliases.split('|') : [], out: [], in: [], both: [] });
    }
    const relationships = [];
    const dates = new Map(); // one string per distinct date
    for (const [id, type, fromId, toId, reportedOn] of rows(path.join(folder, 'relationships.csv'), ['id', 'type', 'from', 'to', 'reportedOn'], 4)) {
      const from = this.byId.get(fromId);
      const to = this.byId.get(toId);
      if (!from || !to) throw new Error(`relationship '${id}' has an unknown end`);
      if (reportedOn && !dates.has(reportedOn)) dates.set(reportedOn, reportedOn);
      relationships.push({ id, type, from, to, reportedOn: reportedOn ? dates.get(reportedOn) : null });
    }
    // Filling the rows in id order leaves each sorted as our store returns them: in relationship-id order.
    relationships.sort((a, b) => ordinal(a.id, b.id));
    for (const r of relationships) {
      r.from.out.push(r);
      r.to.in.push(r);
      r.from.both.push(r);
      if (r.to !== r.from) r.to.both.push(r); // a loop comes once for BOTH, as GraphSnapshot.RelationshipsOf
    }
    this.names = new NameIndex(this.byId.values());
  }

  find(id) { return this.byId.get(id) ?? null; }

  /** The entity's relationships in the direction (OUT, IN, BOTH) and of the types (a Set, or null for all), in id order. */
  relationshipsOf(entity, direction, types) {
    const list = direction === 'OUT' ? entity.out : direction === 'IN' ? entity.in : entity.both;
    return types ? list.filter(r => types.has(r.type)) : list;
  }

  /** Entity.relationships: those that hold on asOf, the first `first` (EntityFields.cs, RelationshipFilter.Admits). */
  relationships(entity, { direction, types, first, asOf }) {
    const found = [];
    for (const r of this.relationshipsOf(entity, direction, types)) {
      if (found.length >= first) break;
      if (holdsOn(r, asOf)) found.push(r);
    }
    return found;
  }

  /** Query.search: rank, then name, then id, the first `first` (EmbeddedGraphStore.SearchAsync, SearchRanking.Order). */
  search(text, kinds, first) {
    const matches = [];
    for (const [entity, rank] of this.names.match(text.toLowerCase())) if (!kinds || kinds.has(entity.kind)) matches.push([entity, rank]);
    matches.sort((a, b) => a[1] - b[1] || ordinal(a[0].name, b[0].name) || ordinal(a[0].id, b[0].id));
    return matches.slice(0, first).map(m => m[0]);
  }

  /** NeighborhoodWalk.Run: breadth-first, level by level, each entity's relationships in id order. */
  neighborhood(root, q) {
    const types = q.types && q.excludeTypes ? new Set([...q.types].filter(t => !q.excludeTypes.has(t))) : q.types;
    const allowsType = t => (!q.types || q.types.has(t)) && !q.excludeTypes?.has(t);
    const allowsKind = k => (!q.kinds || q.kinds.has(k)) && !q.excludeKinds?.has(k);
    const nodes = [root];
    const included = new Set([root]);
    const edges = [];
    const edgeSet = new Set();
    let truncated = false;
    let frontier = [root];
    for (let level = 1; level <= q.depth && frontier.length > 0; level++) {
      const next = [];
      for (const entity of frontier) {
        for (const r of this.relationshipsOf(entity, q.direction, types)) {
          if (!holdsOn(r, q.asOf) || !allowsType(r.type)) continue;
          const other = r.from === entity ? r.to : r.from;
          if (!included.has(other)) {
            if (!allowsKind(other.kind)) continue;
            if (nodes.length >= q.limit) { truncated = true; continue; }
            included.add(other);
            nodes.push(other);
            next.push(other);
          }
          if (!edgeSet.has(r)) { edgeSet.add(r); edges.push(r); }
        }
      }
      frontier = next;
    }
    // Then every other relationship among the nodes, whichever way it points, by entity and then id.
    for (const entity of nodes) {
      for (const r of this.relationshipsOf(entity, 'BOTH', types)) {
        if (holdsOn(r, q.asOf) && allowsType(r.type) && included.has(r.from === entity ? r.to : r.from) && !edgeSet.has(r)) {
          edgeSet.add(r);
          edges.push(r);
        }
      }
    }
    return { nodes, edges, truncated };
  }

  /** SupplyChainWalk.Run: tier by tier along SUPPLIES, each entity in its nearest tier, every route into a tier listed. */
  supplyChain(root, { direction, maxTiers, maxEntities, asOf }) {
    const along = direction === 'UPSTREAM' ? 'IN' : 'OUT';
    const supplies = r => r.type === 'SUPPLIES' && holdsOn(r, asOf);
    const seen = new Set([root]);
    const tiers = [];
    let truncated = false;
    let frontier = [root];
    for (let tier = 1; tier <= maxTiers && frontier.length > 0; tier++) {
      const entities = [];
      const inThisTier = new Set();
      const relationships = [];
      for (const entity of frontier) {
        for (const r of this.relationshipsOf(entity, along, null)) {
          if (!supplies(r)) continue;
          const other = r.from === entity ? r.to : r.from;
          if (!inThisTier.has(other)) {
            if (seen.has(other)) continue;
            if (seen.size - 1 >= maxEntities) { truncated = true; continue; }
            seen.add(other);
            inThisTier.add(other);
            entities.push(other);
          }
          relationships.push(r);
        }
      }
      // Every route into this tier from within it too, so none is dropped.
      const listed = new Set(relationships);
      for (const entity of entities) {
        for (const r of this.relationshipsOf(entity, along, null)) {
          if (supplies(r) && inThisTier.has(r.from === entity ? r.to : r.from) && !listed.has(r)) {
            listed.add(r);
            relationships.push(r);
          }
        }
      }
      if (entities.length > 0) tiers.push({ tier, entities, relationships });
      frontier = entities;
    }
    return { root, direction, tiers, truncated };
  }
}
