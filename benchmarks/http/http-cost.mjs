// The HTTP cost: server CPU microseconds per request of our /graphql and of its JavaScript peers (peer.mjs:
// graphql-js with graphql-http; the same with a document cache; graphql-jit), same queries, same variables,
// same load, in one run. Issue goal: ours spends at least 2x less CPU per request than graphql-js with its
// document cache, on every query.
//
//   node http-cost.mjs --data /tmp/g100k --api ../../src/GraphExplorer.Api/bin/Release/net10.0/GraphExplorer.Api.dll
//     [--connections 10] [--duration 10] [--warmup 3] [--rounds 2] [--inputs 8] [--port 5199]
//     [--servers ours,graphql-js,graphql-js+cache,graphql-jit] [--out <data>/http.json]
//
// One server runs at a time (a 2-core machine), on 127.0.0.1, started and stopped by this script, round by round
// in alternating order so that machine noise hits all. Server CPU is utime+stime of the server process from
// /proc/<pid>/stat (every thread, live or exited) read before and after each measured run, divided by the requests
// completed; the load generator (autocannon, in this process) is left out. Before measuring, every input of every
// query is sent once to each server and its `data` compared with ours (AGREE/DISAGREE).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
if (!args.data || !args.api) throw new Error('usage: node http-cost.mjs --data <generated graph folder> --api <GraphExplorer.Api.dll> [options]');
const data = path.resolve(args.data);
const dll = path.resolve(args.api);
const port = Number(args.port ?? 5199);
const connections = Number(args.connections ?? 10);
const duration = Number(args.duration ?? 10);
const warmup = Number(args.warmup ?? 3);
const rounds = Number(args.rounds ?? 2);
const inputCount = Number(args.inputs ?? 8);
const out = path.resolve(args.out ?? path.join(data, 'http.json'));
const here = path.dirname(fileURLToPath(import.meta.url));
const origin = `http://127.0.0.1:${port}`;
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

const allServers = {
  ours: {
    about: 'GraphExplorer.Api (Release), embedded store; ASP.NET Core on the .NET thread pool',
    start: () => spawn('dotnet', [dll, '--urls', origin], {
      env: { ...process.env, GraphExplorer__BulkCsvFolder: data, GraphExplorer__Store: 'Embedded',
        // One load client is one "client" to the per-client rate limiter: measure the API, not the limiter.
        GraphExplorer__Security__RateLimit__Enabled: 'false', Logging__LogLevel__Default: 'Warning', ASPNETCORE_ENVIRONMENT: 'Production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  },
  'graphql-js': { about: 'graphql-js + graphql-http on node:http: parse, validate, execute per request', variant: 'plain' },
  'graphql-js+cache': { about: 'the same with a document cache keyed by query text (a hit skips parse and validate)', variant: 'cached' },
  'graphql-jit': { about: 'the same cache holding a graphql-jit compiled query, run instead of execute', variant: 'jit' },
};
for (const server of Object.values(allServers)) {
  server.start ??= () => spawn(process.execPath, ['--max-old-space-size=8192', path.join(here, 'peer.mjs'), '--data', data, '--port', String(port), '--variant', server.variant],
    { stdio: ['ignore', 'inherit', 'inherit'] });
}
const serverNames = (args.servers ?? Object.keys(allServers).join(',')).split(',');
for (const name of serverNames) if (!allServers[name]) throw new Error(`unknown server '${name}' (${Object.keys(allServers).join(', ')})`);

// The five queries, each with the first inputs of its shape in queries.json; a connection cycles through them.
const inputs = JSON.parse(fs.readFileSync(path.join(data, 'queries.json'), 'utf8'));
const first = list => list.slice(0, inputCount);
const queries = [
  { name: 'floor', label: '`{ __typename }`', query: '{ __typename }', variables: [undefined] },
  {
    name: 'open', label: 'open an entity (50 relationships, both ends)',
    query: 'query Open($id: ID!) { entity(id: $id) { id name kind aliases relationships(first: 50) { id type reportedOn from { id name kind } to { id name kind } } } }',
    variables: first(inputs.entity).map(id => ({ id })),
  },
  {
    name: 'search', label: 'search (prefix, first 20)',
    query: 'query Find($text: String!) { search(text: $text, first: 20) { id name kind } }',
    variables: first(inputs.searchPrefix).map(text => ({ text })),
  },
  {
    name: 'neighborhood', label: 'neighbourhood (2 hops, both ways, at most 200)',
    query: 'query Near($id: ID!) { neighborhood(id: $id, depth: 2, direction: BOTH, limit: 200) { truncated nodes { id name kind } edges { id type from { id } to { id } } } }',
    variables: first(inputs.neighborhood).map(id => ({ id })),
  },
  {
    name: 'supplyChain', label: 'supply chain (3 tiers upstream)',
    query: 'query Chain($id: ID!) { supplyChain(id: $id, direction: UPSTREAM, maxTiers: 3) { truncated tiers { tier entities { id name } } } }',
    variables: first(inputs.supplyChain).map(id => ({ id })),
  },
];
for (const q of queries) q.bodies = q.variables.map(variables => JSON.stringify(variables ? { query: q.query, variables } : { query: q.query }));

async function post(body) {
  const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, json: await res.json() };
}

/** utime + stime of the process, in seconds (fields 14 and 15 of /proc/<pid>/stat, after the command name). */
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

async function start(name) {
  const child = allServers[name].start();
  // Should this script end early (an error, ^C), the server ends with it.
  const orphan = () => child.kill('SIGTERM');
  process.once('exit', orphan);
  const exited = new Promise(resolve => child.once('exit', resolve));
  const began = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before serving`);
    try { if ((await post(queries[0].bodies[0])).status === 200) break; } catch { /* not listening yet */ }
    if (Date.now() - began > 900_000) throw new Error(`${name} did not start within 15 minutes`);
    await new Promise(r => setTimeout(r, 250));
  }
  console.log(`http: ${name} serving after ${((Date.now() - began) / 1000).toFixed(1)} s (pid ${child.pid})`);
  return { child, stop: async () => { process.off('exit', orphan); if (child.exitCode === null) child.kill('SIGTERM'); await exited; } };
}

/** The first place where two JSON values differ, for a readable DISAGREE line. */
function firstDifference(a, b, at = 'data') {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${at}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  if (Array.isArray(a) && a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const difference = firstDifference(a[key], b[key], Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`);
    if (difference) return difference;
  }
  return null;
}

// Every answer is fully ordered by both servers (relationship-id order, walk order, search rank then name then id),
// so the `data` are compared as they come, without sorting anything.
const reference = new Map(); // query name -> the answers of the first server checked (ours, when it runs)
const agreement = [];
async function checkAnswers(name) {
  for (const q of queries) {
    const answers = [];
    for (const body of q.bodies) {
      const { status, json } = await post(body);
      if (status !== 200 || json.errors) console.log(`http: ${name} ${q.name} answered ${status} ${JSON.stringify(json).slice(0, 300)}`);
      answers.push(json.data ?? null);
    }
    if (!reference.has(q.name)) { reference.set(q.name, { server: name, answers }); continue; }
    const ref = reference.get(q.name);
    const differences = answers.map((a, i) => firstDifference(a, ref.answers[i])).map((d, i) => d && `input ${JSON.stringify(q.variables[i])}: ${d}`).filter(Boolean);
    agreement.push({ query: q.name, server: name, against: ref.server, inputs: answers.length, agree: differences.length === 0, differences });
    console.log(`http: ${differences.length ? 'DISAGREE' : 'AGREE   '} ${q.name.padEnd(12)} ${name} vs ${ref.server} (${answers.length} inputs)`);
    for (const d of differences) console.log(`http:   ${d}`);
  }
}

// autocannon's own percentiles come from a histogram of whole milliseconds; most of these answers take less, so the
// response times (fractional ms, from its 'response' event) are kept and their percentiles taken here.
async function run(q, seconds) {
  const times = [];
  const load = autocannon({
    url: origin, connections, duration: seconds, pipelining: 1,
    requests: q.bodies.map(body => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body })),
  });
  load.on('response', (_client, statusCode, _bytes, ms) => { if (statusCode === 200) times.push(ms); });
  const result = await load;
  const sorted = Float64Array.from(times).sort();
  const percentile = p => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return { result, responses: sorted.length, p50: percentile(50), p99: percentile(99) };
}

const loadStart = os.loadavg();
console.log(`http: load average ${loadStart.map(l => l.toFixed(2)).join(' ')} at the start; ${os.cpus().length} cores; node ${process.version}`);
console.log(`http: ${connections} connections, ${warmup} s warm-up and ${duration} s measured per server and query, ${rounds} round(s), ` +
  `${inputCount} inputs per query cycled; server CPU from /proc/<pid>/stat (${ticksPerSecond} ticks/s), load generator excluded`);
console.log('http: each Node peer runs its JavaScript on one thread (one event loop), as node does; ours uses the .NET thread pool');

const results = Object.fromEntries(queries.map(q => [q.name, Object.fromEntries(serverNames.map(s => [s, []]))]));
for (let round = 0; round < rounds; round++) {
  // Alternate the order round by round, so drift over the run hits every server alike.
  const order = round % 2 === 0 ? serverNames : [...serverNames].reverse();
  for (const name of order) {
    const server = await start(name);
    try {
      if (round === 0) await checkAnswers(name);
      for (const q of queries) {
        if (warmup > 0) await run(q, warmup);
        const before = cpuSeconds(server.child.pid);
        const { result: s, responses, p50, p99 } = await run(q, duration);
        const cpu = cpuSeconds(server.child.pid) - before;
        if (s.non2xx || s.errors || s.timeouts) throw new Error(`${name} ${q.name}: ${s.non2xx} non-2xx, ${s.errors} errors, ${s.timeouts} timeouts`);
        const measured = {
          requests: responses, requestsPerSecond: responses / duration, cpuSeconds: cpu,
          cpuUsPerRequest: (cpu * 1e6) / responses, latencyP50Ms: p50, latencyP99Ms: p99,
        };
        results[q.name][name].push(measured);
        console.log(`http: round ${round + 1} ${name.padEnd(16)} ${q.name.padEnd(12)} ${measured.requestsPerSecond.toFixed(0).padStart(6)} req/s, ` +
          `${measured.cpuUsPerRequest.toFixed(0).padStart(5)} µs CPU/req, p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
      }
    } finally {
      await server.stop();
    }
  }
}
const loadEnd = os.loadavg();

// Per server and query over the rounds: CPU per request pooled (all CPU over all requests); req/s and latencies averaged.
const mean = xs => xs.reduce((a, x) => a + x, 0) / xs.length;
const summary = {};
for (const q of queries) {
  summary[q.name] = {};
  for (const name of serverNames) {
    const runs = results[q.name][name];
    summary[q.name][name] = {
      requests: runs.reduce((a, r) => a + r.requests, 0),
      requestsPerSecond: mean(runs.map(r => r.requestsPerSecond)),
      cpuUsPerRequest: (runs.reduce((a, r) => a + r.cpuSeconds, 0) * 1e6) / runs.reduce((a, r) => a + r.requests, 0),
      cpuUsPerRequestRange: [Math.min(...runs.map(r => r.cpuUsPerRequest)), Math.max(...runs.map(r => r.cpuUsPerRequest))],
      latencyP50Ms: mean(runs.map(r => r.latencyP50Ms)),
      latencyP99Ms: mean(runs.map(r => r.latencyP99Ms)),
    };
  }
  for (const name of serverNames) {
    summary[q.name][name].cpuRatioToOurs = summary[q.name].ours ? summary[q.name][name].cpuUsPerRequest / summary[q.name].ours.cpuUsPerRequest : null;
  }
}

const disagreements = agreement.filter(a => !a.agree);
const lines = [
  `Server CPU per request over HTTP, ${path.basename(data)} graph: ${connections} connections, ${duration} s per run after ${warmup} s warm-up, ` +
    `${rounds} round(s) in alternating order, ${inputCount} inputs per query cycled; one server at a time on ${os.cpus().length} cores; ` +
    `load average ${loadStart.map(l => l.toFixed(2)).join(' ')} at the start, ${loadEnd.map(l => l.toFixed(2)).join(' ')} at the end. ` +
    'CPU per request is utime+stime of the server process over the requests completed (the load generator excluded), pooled over the rounds; ' +
    'in brackets the lowest and highest round; req/s, p50 and p99 are means of the rounds. ' +
    'The Node peers run their JavaScript on one thread; ours uses the .NET thread pool.',
  '',
  '| query | server | req/s | server CPU µs/req (rounds) | × ours | p50 ms | p99 ms |',
  '|---|---|---:|---:|---:|---:|---:|',
];
for (const q of queries) {
  for (const name of serverNames) {
    const s = summary[q.name][name];
    const [low, high] = s.cpuUsPerRequestRange;
    lines.push(`| ${q.label} | ${name} | ${s.requestsPerSecond.toFixed(0)} | ${s.cpuUsPerRequest.toFixed(0)} (${low.toFixed(0)}–${high.toFixed(0)}) | ` +
      `${s.cpuRatioToOurs === null ? '–' : s.cpuRatioToOurs.toFixed(2)} | ${s.latencyP50Ms.toFixed(2)} | ${s.latencyP99Ms.toFixed(2)} |`);
  }
}
lines.push('');
if (summary.floor.ours && summary.floor['graphql-js+cache']) {
  const ratios = queries.map(q => [q.name, summary[q.name]['graphql-js+cache'].cpuUsPerRequest / summary[q.name].ours.cpuUsPerRequest]);
  const met = ratios.every(([, r]) => r >= 2);
  lines.push(`Goal (graphql-js with its document cache spends at least 2× the CPU per request of ours, on every query): ${met ? 'met' : 'NOT met'} ` +
    `(${ratios.map(([n, r]) => `${n} ${r.toFixed(2)}×`).join(', ')}).`);
}
lines.push(disagreements.length
  ? `Answers: ${disagreements.length} DISAGREE (${disagreements.map(d => `${d.query} on ${d.server}`).join(', ')}); see the log above.`
  : `Answers: every peer's \`data\` equals ours on every input of every query (${agreement.length} checks).`);

console.log(`http: load average ${loadEnd.map(l => l.toFixed(2)).join(' ')} at the end`);
console.log(`\n${lines.join('\n')}\n`);
fs.writeFileSync(out, JSON.stringify({
  settings: { data, connections, duration, warmup, rounds, inputs: inputCount, cores: os.cpus().length, node: process.version, ticksPerSecond },
  servers: Object.fromEntries(serverNames.map(n => [n, allServers[n].about])),
  queries: queries.map(q => ({ name: q.name, query: q.query, variables: q.variables })),
  loadAverage: { start: loadStart, end: loadEnd },
  agreement, results, summary, markdown: lines.join('\n'),
}, null, 2));
console.log(`http: wrote ${out}`);
if (disagreements.length) process.exitCode = 1;
