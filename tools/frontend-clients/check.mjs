#!/usr/bin/env node
// Drives a GraphExplorer endpoint with the tools front-end developers start with, as they use them:
//   1. graphql-js's introspection query, with every combination of its options, and the schema rebuilt from
//      each answer (buildClientSchema) compared with the SDL the API serves;
//   2. GraphQL Code Generator's client preset, pointed at the URL, then the TypeScript compiler over a file
//      that uses the generated types;
//   3. Apollo Client: plain, with its persisted-queries link (POST, then hashed GETs), and with BatchHttpLink;
//   4. urql with its default exchange (GET within the URL limit).
// The questions are the README's; every client's answer must equal a plain POST's.
//
//   node check.mjs http://localhost:5000/graphql ../../README.md
//
// Prints one line per check and `frontend-clients: N passed, M failed`; exits 1 when any failed.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isObjectType,
  isInterfaceType,
  isEnumType,
} from 'graphql';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, fetchExchange } from '@urql/core';
import { generate } from '@graphql-codegen/cli';

const here = dirname(fileURLToPath(import.meta.url));
const [url, readmePath = join(here, '..', '..', 'README.md')] = process.argv.slice(2);
if (!url) {
  console.error('usage: node check.mjs <graphql-url> [README.md]');
  process.exit(2);
}

const results = [];
async function check(name, body) {
  try {
    const detail = await body();
    results.push({ name, ok: true });
    console.log(`ok    ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL  ${name}: ${error?.stack ?? error}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The README's GraphQL examples, named so code generation can type them. */
function readmeOperations() {
  const text = readFileSync(readmePath, 'utf8');
  const blocks = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  assert(blocks.length >= 4, `expected the README's four questions, found ${blocks.length} graphql blocks`);
  return blocks.map((block, i) => ({ name: `Readme${i + 1}`, query: `query Readme${i + 1} ${block}` }));
}

/** Fetch that records what each client sent. */
function recordingFetch(log) {
  return async (input, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    log.push({ method, url: String(input), body: typeof init.body === 'string' ? init.body : undefined });
    return fetch(input, init);
  };
}

async function postJson(body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** The reference answer: a plain POST of the same document. */
async function reference(query) {
  const { json } = await postJson({ query });
  assert(!json.errors, `the plain POST of ${query} answered errors: ${JSON.stringify(json.errors)}`);
  return json.data;
}

function withoutTypename(value) {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__typename').map(([k, v]) => [k, withoutTypename(v)]));
  }
  return value;
}

function sameAnswer(actual, expected, who) {
  assert(isDeepStrictEqual(withoutTypename(actual), expected), `${who} answered ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`);
}

/** Type name, kind, fields with their type and arguments: what a schema offers a client. */
function shape(schema) {
  const types = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const entry = { kind: type.constructor.name };
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      entry.fields = Object.fromEntries(Object.values(type.getFields()).map((f) => [
        f.name,
        { type: String(f.type), args: (f.args ?? []).map((a) => `${a.name}: ${a.type}`).sort() },
      ]));
    }
    if (isObjectType(type) || isInterfaceType(type)) entry.interfaces = type.getInterfaces().map((i) => i.name).sort();
    if (isEnumType(type)) entry.values = type.getValues().map((v) => v.name).sort();
    types[type.name] = entry;
  }
  return types;
}

const operations = readmeOperations();
const schemaUrl = url.replace(/\/?$/, '/schema.graphql');
const served = buildSchema(await (await fetch(schemaUrl)).text());

await check('introspection: every option combination rebuilds the served schema', async () => {
  const options = ['descriptions', 'specifiedByUrl', 'directiveIsRepeatable', 'schemaDescription', 'inputValueDeprecation'];
  for (let mask = 0; mask < 1 << options.length; mask++) {
    const chosen = Object.fromEntries(options.map((o, i) => [o, Boolean(mask & (1 << i))]));
    const { status, json } = await postJson({ query: getIntrospectionQuery(chosen) });
    assert(status === 200 && !json.errors, `options ${JSON.stringify(chosen)}: ${status} ${JSON.stringify(json.errors)}`);
    const rebuilt = buildClientSchema(json.data);
    assert(isDeepStrictEqual(shape(rebuilt), shape(served)), `options ${JSON.stringify(chosen)}: the rebuilt schema differs from ${schemaUrl}`);
    if (chosen.schemaDescription && chosen.descriptions) assert(rebuilt.description?.startsWith('GraphExplorer'), 'the schema description is missing');
    if (chosen.directiveIsRepeatable) assert(rebuilt.getDirective('deprecated')?.isRepeatable === false, 'isRepeatable is missing');
  }
  return `${1 << options.length} combinations`;
});

await check('GraphQL Code Generator (client preset) types the README operations, and tsc accepts their use', async () => {
  const out = join(here, 'out');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const usage = [
    "import { graphql } from './gql/index.js';",
    "import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';",
    ...operations.map((op) => `export const ${op.name} = graphql(\`${op.query}\`);`),
    'const supplyChain = {} as ResultOf<typeof Readme1>;',
    'export const tiers: number[] = supplyChain.supplyChain.tiers.map((tier) => tier.tier);',
    'export const supplierNames: string[] = supplyChain.supplyChain.tiers.flatMap((tier) => tier.entities.map((e) => e.name));',
    '// @ts-expect-error a tier number is not a string',
    'export const wrong: string = supplyChain.supplyChain.tiers[0].tier;',
    'export const noVariables: VariablesOf<typeof Readme2> = {};',
    'const entity = {} as ResultOf<typeof Readme2>;',
    "export const kinds: Array<'COMPANY' | 'PRODUCT' | 'CHIP' | 'REGULATOR' | 'REGULATION' | 'PLACE' | 'FACILITY' | 'PERSON' | 'DOCUMENT'> =",
    '  entity.entity?.relationships.map((r) => r.to.kind) ?? [];',
    '',
  ].join('\n');
  writeFileSync(join(out, 'usage.ts'), usage);
  await generate({
    schema: url,
    documents: [join(out, 'usage.ts')],
    generates: { [join(out, 'gql') + '/']: { preset: 'client', config: { useTypeImports: true } } },
    silent: true,
    errorsOnly: true,
  }, true);
  const tsc = join(here, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext',
      '--moduleResolution', 'bundler', '--skipLibCheck', join(out, 'usage.ts')], { cwd: here, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`tsc refused the use of the generated types:\n${error.stdout}${error.stderr}`);
  }
  return `${operations.length} operations typed`;
});

await check('Apollo Client answers the README questions as a plain POST does', async () => {
  const log = [];
  const client = new ApolloClient({ link: new HttpLink({ uri: url, fetch: recordingFetch(log) }), cache: new InMemoryCache() });
  for (const op of operations) {
    const { data } = await client.query({ query: gql(op.query), fetchPolicy: 'network-only' });
    sameAnswer(data, await reference(op.query), `Apollo Client (${op.name})`);
  }
  return `${log.length} requests`;
});

await check('Apollo Client with persisted queries: hash, then the query once, then the hash alone by GET', async () => {
  const sha256 = (text) => createHash('sha256').update(text).digest('hex');
  // A document this server has not seen yet, so the first request is the hash alone whatever ran before.
  const nonce = `n${process.pid}x${Date.now()}`;
  const op = { ...operations[2], query: operations[2].query.replace('{', `{ ${nonce}: __typename`) };
  const first = [];
  const registering = new ApolloClient({
    link: new PersistedQueryLink({ sha256 }).concat(new HttpLink({ uri: url, fetch: recordingFetch(first) })),
    cache: new InMemoryCache(),
  });
  const registered = await registering.query({ query: gql(op.query), fetchPolicy: 'network-only' });
  sameAnswer(registered.data, await reference(op.query), 'the registering request');
  assert(first.length === 2, `expected a hash-only request and a retry with the query, saw ${first.length} requests`);
  assert(!JSON.parse(first[0].body).query && JSON.parse(first[0].body).extensions.persistedQuery, 'the first request carried the query');
  assert(JSON.parse(first[1].body).query, 'the retry did not carry the query');

  const later = [];
  const hashed = new ApolloClient({
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: url, fetch: recordingFetch(later) })),
    cache: new InMemoryCache(),
  });
  const byHash = await hashed.query({ query: gql(op.query), fetchPolicy: 'network-only' });
  sameAnswer(byHash.data, await reference(op.query), 'the hashed GET');
  assert(later.length === 1 && later[0].method === 'GET' && !new URL(later[0].url).searchParams.has('query'),
    `expected one GET without the query, saw ${JSON.stringify(later.map((r) => `${r.method} ${r.url}`))}`);
  return 'POST hash (not found), POST query + hash, GET hash';
});

await check('Apollo Client with BatchHttpLink: the README questions in one request', async () => {
  const log = [];
  const client = new ApolloClient({
    link: new BatchHttpLink({ uri: url, batchMax: 10, batchInterval: 20, fetch: recordingFetch(log) }),
    cache: new InMemoryCache(),
  });
  const answers = await Promise.all(operations.map((op) => client.query({ query: gql(op.query), fetchPolicy: 'network-only' })));
  for (const [i, op] of operations.entries()) sameAnswer(answers[i].data, await reference(op.query), `the batched ${op.name}`);
  assert(log.length === 1 && Array.isArray(JSON.parse(log[0].body)), `expected one batched POST, saw ${log.length} requests`);
  return `${operations.length} operations in 1 request`;
});

await check('urql (default exchange: GET) answers the README questions as a plain POST does', async () => {
  const log = [];
  const client = new Client({ url, exchanges: [fetchExchange], fetch: recordingFetch(log) });
  for (const op of operations) {
    const { data, error } = await client.query(op.query, {}, { requestPolicy: 'network-only' }).toPromise();
    assert(!error, `urql (${op.name}): ${error}`);
    sameAnswer(data, await reference(op.query), `urql (${op.name})`);
  }
  assert(log.every((r) => r.method === 'GET'), `urql sent ${log.map((r) => r.method).join(', ')}`);
  return `${log.length} GET requests`;
});

const failed = results.filter((r) => !r.ok).length;
console.log(`frontend-clients: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
