// The JavaScript peer of our /graphql: npm graphql (graphql-js, the reference implementation) served by
// graphql-http's Node handler on node:http, over the same generated graph, with the subset of our schema
// (schema.graphql at the repository root: the same type, field and argument names) that the HTTP benchmark asks.
//
//   node peer.mjs --data /tmp/g100k --port 5199 --variant plain|cached|jit
//
// plain:  graphql-http as it comes: every request is parsed, validated (the specification's rules) and executed.
// cached: a bounded cache keyed by the query text holds the parsed and validated document; a hit skips both.
// jit:    the same cache holding a graphql-jit compiled query, which then runs instead of graphql-js's execute.
// JavaScript runs on one thread here (one event loop), as node does.
import http from 'node:http';
import { buildSchema, parse, validate, specifiedRules, GraphQLError, Kind } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { Graph, check, limits, today } from './graph.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const variant = args.variant ?? 'plain';
const port = Number(args.port ?? 5199);
const cacheSize = Number(args['cache-size'] ?? 1000);

const kinds = ['COMPANY', 'PRODUCT', 'CHIP', 'REGULATOR', 'REGULATION', 'PLACE', 'FACILITY', 'PERSON', 'DOCUMENT'];
// One object type per kind behind the Entity interface, as ours (e.g. Company implements Entity).
const typeOfKind = Object.fromEntries(kinds.map(k => [k, k[0] + k.slice(1).toLowerCase()]));
const entityFields = `id: ID!
  name: String!
  kind: EntityKind!
  aliases: [String!]!
  relationships(direction: Direction = BOTH, types: [RelationshipType!], first: Int, asOf: Date): [Relationship!]!`;

const sdl = `
type Query {
  entity(id: ID!): Entity
  search(text: String!, kinds: [EntityKind!], first: Int = 20): [Entity!]!
  neighborhood(id: ID!, depth: Int = 1, direction: Direction = BOTH, types: [RelationshipType!], excludeTypes: [RelationshipType!],
    kinds: [EntityKind!], excludeKinds: [EntityKind!], limit: Int = 200, asOf: Date): Subgraph!
  supplyChain(id: ID!, direction: SupplyDirection = UPSTREAM, maxTiers: Int = 3, asOf: Date): SupplyChain!
}
interface Entity {
  ${entityFields}
}
${Object.values(typeOfKind).map(t => `type ${t} implements Entity {\n  ${entityFields}\n}`).join('\n')}
enum EntityKind { ${kinds.join(' ')} }
enum RelationshipType { OWNS DEVELOPS MANUFACTURES SUPPLIES INTERNATIONAL_VERSION_OF COMPETES_WITH INVESTS_IN ISSUED RESTRICTS REGULATES OPERATES_IN LEASES_FROM MENTIONS LOCATED_IN PART_OF PUBLISHED CONTRIBUTED_TO }
enum Direction { OUT IN BOTH }
enum SupplyDirection { UPSTREAM DOWNSTREAM }
scalar Date
type Relationship {
  id: ID!
  type: RelationshipType!
  from: Entity!
  to: Entity!
  reportedOn: Date
}
type Subgraph {
  nodes: [Entity!]!
  edges: [Relationship!]!
  truncated: Boolean!
}
type SupplyChain {
  root: Entity!
  direction: SupplyDirection!
  tiers: [SupplyTier!]!
  truncated: Boolean!
}
type SupplyTier {
  tier: Int!
  entities: [Entity!]!
  relationships: [Relationship!]!
}`;

const graph = new Graph(args.data);
const schema = buildSchema(sdl);

// A calendar date as ISO-8601 text, as our CalendarDateGraphType; the graph keeps dates as such text.
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const dateOf = value => {
  if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(value))) throw new GraphQLError(`Date must be yyyy-MM-dd; it was ${value}.`);
  return value;
};
Object.assign(schema.getType('Date'), {
  serialize: v => v, parseValue: dateOf, parseLiteral: ast => dateOf(ast.kind === Kind.STRING ? ast.value : undefined),
});

const setOf = list => (list?.length ? new Set(list) : null);
// Arguments.Id: non-blank and of sane length.
const idOf = (value, name) => {
  if (!value.trim()) throw new GraphQLError(`Argument '${name}' must be a non-empty entity id, e.g. "bytedance".`);
  if (value.length > 200) throw new GraphQLError(`Argument '${name}' is ${value.length} characters long; entity ids are at most 200.`);
  return value;
};
const entityOf = id => graph.find(id) ?? (() => { throw new GraphQLError(`No entity has the id '${id}'.`); })();

const resolvers = {
  Query: {
    entity: (_, a) => graph.find(idOf(a.id, 'id')),
    search: (_, a) => {
      const text = a.text.trim();
      if (!text) throw new GraphQLError("Argument 'text' must contain something to search for.");
      if (text.length > limits.maxSearchTextLength) throw new GraphQLError(`Argument 'text' may be at most ${limits.maxSearchTextLength} characters.`);
      return graph.search(text, setOf(a.kinds), check('first', a.first, 0, limits.maxPageSize));
    },
    neighborhood: (_, a) => graph.neighborhood(entityOf(idOf(a.id, 'id')), {
      depth: check('depth', a.depth, 1, limits.maxNeighborhoodDepth), direction: a.direction,
      types: setOf(a.types), excludeTypes: setOf(a.excludeTypes), kinds: setOf(a.kinds), excludeKinds: setOf(a.excludeKinds),
      limit: check('limit', a.limit, 1, limits.maxNeighborhoodLimit), asOf: a.asOf ?? today(),
    }),
    supplyChain: (_, a) => graph.supplyChain(entityOf(idOf(a.id, 'id')), {
      direction: a.direction, maxTiers: check('maxTiers', a.maxTiers, 1, limits.maxSupplyTiers),
      maxEntities: limits.maxSupplyChainEntities, asOf: a.asOf ?? today(),
    }),
  },
  Entity: {
    relationships: (e, a) => graph.relationships(e, {
      direction: a.direction, types: setOf(a.types), asOf: a.asOf ?? today(),
      first: check('first', a.first ?? limits.maxRelationshipsPerEntity, 0, limits.maxRelationshipsPerEntity),
    }),
  },
};
// Every other field is the property of that name (graphql-js's and graphql-jit's default resolver).
for (const [typeName, fields] of Object.entries(resolvers)) {
  const targets = typeName === 'Entity' ? ['Entity', ...Object.values(typeOfKind)] : [typeName];
  for (const target of targets) for (const [field, resolve] of Object.entries(fields)) schema.getType(target).getFields()[field].resolve = resolve;
}
schema.getType('Entity').resolveType = e => typeOfKind[e.kind];

// The caches: query text -> what a hit reuses, bounded (the oldest entry goes first; a Map keeps insertion order).
const cache = new Map();
function cached(key, make) {
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = make();
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value);
    cache.set(key, entry);
  }
  return entry;
}

// The parsed and validated document of a query, or the errors to answer with (cached too: the same text fails alike).
function prepare(query) {
  let document;
  try { document = parse(query); } catch (error) { return { errors: [error] }; }
  const errors = validate(schema, document, specifiedRules);
  return errors.length ? { errors } : { document };
}

// graphql-http's hooks (node_modules/graphql-http/lib/handler.mjs, createHandler): when onSubscribe returns execution
// arguments, the handler skips its own parse and validate and goes straight to getOperationAST and `execute`; when it
// returns GraphQL errors, it answers with them. The `execute` option replaces graphql-js's execute.
const options = { schema };
if (variant === 'cached') {
  options.onSubscribe = (_req, params) => {
    const { document, errors } = cached(params.query, () => prepare(params.query));
    return errors ?? { schema, document, operationName: params.operationName, variableValues: params.variables };
  };
} else if (variant === 'jit') {
  options.onSubscribe = (_req, params) => {
    // A compiled query is for one operation of the document: the operation name is part of the key.
    const key = params.operationName ? `${params.operationName}\n${params.query}` : params.query;
    const { document, compiled, errors } = cached(key, () => {
      const prepared = prepare(params.query);
      if (prepared.errors) return prepared;
      const compiledQuery = compileQuery(schema, prepared.document, params.operationName ?? undefined);
      return isCompiledQuery(compiledQuery) ? { document: prepared.document, compiled: compiledQuery } : { errors: compiledQuery.errors };
    });
    return errors ?? { schema, document, operationName: params.operationName, variableValues: params.variables, compiled };
  };
  // graphql-http writes the result with JSON.stringify, for every variant alike (the compiled stringify is not used).
  options.execute = a => a.compiled.query(a.rootValue, a.contextValue, a.variableValues ?? {});
} else if (variant !== 'plain') {
  throw new Error(`unknown variant '${variant}' (plain, cached or jit)`);
}

const handle = createHandler(options);
http.createServer((req, res) => {
  if (req.url.split('?')[0] === '/graphql') handle(req, res);
  else res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`peer (${variant}): serving ${graph.byId.size} entities on http://127.0.0.1:${port}/graphql`));
