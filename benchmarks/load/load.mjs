// Runs a fixed number of connections for a fixed time against a mix of explorer queries and prints
// throughput, latency percentiles and errors (non-2xx answers and answers carrying GraphQL errors).
// Usage: node load.mjs <graphql url> <connections> <seconds>
import autocannon from 'autocannon';

const [url, connections = '16', seconds = '30'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node load.mjs <graphql url> [connections] [seconds]');
  process.exit(2);
}

const queries = {
  entityWithRelationships: `{ entity(id: "bytedance") { id name kind description relationships(first: 50) { id type from { id name } to { id name } } } }`,
  search: `query Search($text: String!) { search(text: $text, first: 20) { id name kind } }`,
  neighborhood: `{ neighborhood(id: "bytedance", depth: 2, limit: 200) { truncated nodes { id name kind } edges { id type from { id } to { id } } } }`,
  paths: `{ paths(from: "bytedance", to: "nvidia", maxLength: 6, first: 10) { length nodes { id name } relationships { id type } } }`,
  supplyChain: `{ supplyChain(id: "bytedance", direction: UPSTREAM, maxTiers: 3) { truncated tiers { tier entities { id name } relationships { id } } } }`,
  exposure: `{ exposure(id: "bytedance", maxDepth: 4) { channel by { id name } through { id } path { length } } }`,
};
const searchTexts = ['byte', 'nvidia', 'chip', 'tiktok', 'export', 'data center'];

let graphqlErrors = 0;
const perQuery = Object.fromEntries(Object.keys(queries).map((name) => [name, 0]));
const requests = Object.entries(queries).map(([name, query], index) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({
    query,
    operationName: name === 'search' ? 'Search' : undefined,
    variables: name === 'search' ? { text: searchTexts[index % searchTexts.length] } : undefined,
  }),
  onResponse: (status, body) => {
    perQuery[name] += 1;
    if (status === 200 && body.includes('"errors"')) {
      graphqlErrors += 1;
    }
  },
}));

const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  requests,
});

const non2xx = result.non2xx + result.errors + result.timeouts;
console.log(`connections ${connections}, duration ${seconds} s, queries ${Object.keys(queries).join(', ')}`);
console.log(`requests ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`);
console.log(`latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
console.log(`errors: non-2xx ${result.non2xx}, socket errors ${result.errors}, timeouts ${result.timeouts}, GraphQL errors ${graphqlErrors}`);
console.log(`per query: ${Object.entries(perQuery).map(([name, count]) => `${name} ${count}`).join(', ')}`);
process.exitCode = non2xx + graphqlErrors > 0 ? 1 : 0;
