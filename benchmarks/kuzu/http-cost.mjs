// The HTTP cost: throughput of a typical explorer query through /graphql divided by the throughput
// of `{ __typename }` on the same server in the same run (issue goal: at least 0.5).
// Starts the API (Release build) on 127.0.0.1 with GraphExplorer:BulkCsvFolder set to the generated
// graph, runs autocannon with fixed connections and duration, alternating floor and explorer rounds,
// prints the ratio and writes http.json beside the graph. Only loopback traffic; the server is stopped at the end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const data = path.resolve(args.data);
const dll = path.resolve(args.api);
const port = Number(args.port ?? 5199);
const connections = Number(args.connections ?? 10);
const duration = Number(args.duration ?? 10);
const rounds = Number(args.rounds ?? 2);
const url = `http://127.0.0.1:${port}/graphql`;

const queries = JSON.parse(fs.readFileSync(path.join(data, 'queries.json'), 'utf8'));
// What the explorer asks when a user opens an entity: the entity and its first 50 relationships with both ends.
const explorer = {
  query: `query Open($id: ID!) { entity(id: $id) { id name kind aliases relationships(first: 50) { id type reportedOn from { id name kind } to { id name kind } } } }`,
  variables: { id: queries.entity[0] },
};
// What the explorer asks as a user types in the search box.
const search = {
  query: `query Find($text: String!) { search(text: $text, first: 20) { id name kind } }`,
  variables: { text: queries.searchPrefix[0] },
};
const floor = { query: '{ __typename }' };

const server = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`], {
  env: { ...process.env, GraphExplorer__BulkCsvFolder: data, GraphExplorer__Store: 'Embedded',
    // One load client is one "client" to the per-client rate limiter: measure the API, not the limiter.
    GraphExplorer__Security__RateLimit__Enabled: 'false', Logging__LogLevel__Default: 'Warning', ASPNETCORE_ENVIRONMENT: 'Production' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
process.on('exit', stop);

async function post(body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

const started = Date.now();
for (;;) {
  if (server.exitCode !== null) throw new Error(`the API exited with ${server.exitCode} before serving`);
  try { if ((await post(floor)).status === 200) break; } catch { /* not listening yet */ }
  if (Date.now() - started > 900_000) throw new Error('the API did not start within 15 minutes');
  await new Promise(r => setTimeout(r, 500));
}
console.log(`http: API serving ${data} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
const check = await post(explorer);
if (check.status !== 200 || !check.json.data?.entity) throw new Error(`explorer query failed: ${JSON.stringify(check.json).slice(0, 300)}`);
console.log(`http: explorer query answers ${check.json.data.entity.relationships.length} relationships for ${explorer.variables.id}`);

const run = (body, seconds) => autocannon({
  url, method: 'POST', connections, duration: seconds, pipelining: 1,
  headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
});
await run(floor, 3);
await run(explorer, 3);
await run(search, 3);
const result = { connections, duration, rounds, floor: [], explorer: [], search: [] };
for (let r = 0; r < rounds; r++) {
  for (const [name, body] of [['floor', floor], ['explorer', explorer], ['search', search]]) {
    const s = await run(body, duration);
    if (s.non2xx || s.errors) throw new Error(`${name}: ${s.non2xx} non-2xx, ${s.errors} errors`);
    result[name].push({ requestsPerSecond: s.requests.average, latencyP50Ms: s.latency.p50, latencyP99Ms: s.latency.p99 });
    console.log(`http: ${name.padEnd(8)} ${s.requests.average.toFixed(0)} req/s, p50 ${s.latency.p50} ms, p99 ${s.latency.p99} ms`);
  }
}
const mean = xs => xs.reduce((a, x) => a + x.requestsPerSecond, 0) / xs.length;
result.floorRps = mean(result.floor);
result.explorerRps = mean(result.explorer);
result.ratio = result.explorerRps / result.floorRps;
result.searchRps = mean(result.search);
result.searchRatio = result.searchRps / result.floorRps;
console.log(`http: open entity (50 relationships with both ends) / { __typename } = ${result.explorerRps.toFixed(0)} / ${result.floorRps.toFixed(0)} req/s = ${result.ratio.toFixed(2)} (goal >= 0.5)`);
console.log(`http: search (first 20) / { __typename } = ${result.searchRps.toFixed(0)} / ${result.floorRps.toFixed(0)} req/s = ${result.searchRatio.toFixed(2)}`);
fs.writeFileSync(path.join(data, 'http.json'), JSON.stringify(result));
stop();
