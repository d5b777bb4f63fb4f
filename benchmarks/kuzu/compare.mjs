// Compares our answers with Kuzu's (each layout that was run), prints the load, Kuzu's per-statement floor,
// the table of medians, p99s and ratios per shape, size and layout, the ratios net of the floor, and the growth
// from the smallest to the largest size, and writes summary.json and plot.svg.
// Usage: node compare.mjs --out ../out 10k 100k 1m
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from './stats.mjs';

const argv = process.argv.slice(2);
const outIndex = argv.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? argv[outIndex + 1] : '../out');
const sizes = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--out');
const shapes = ['entity', 'neighborhood', 'supplyChain', 'paths', 'searchPrefix', 'searchContains', 'owners'];
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const setEq = (a, b) => same([...a].sort(), [...b].sort());

function compare(shape, o, k, checks) {
  switch (shape) {
    case 'entity':
      return o.found === k.found && same(o.relationships, k.relationships) ? null : 'relationships differ';
    case 'neighborhood':
      if (o.truncated !== k.truncated) return `truncated ${o.truncated} vs kuzu ${k.truncated}`;
      if (!o.truncated) return setEq(o.nodes, k.nodes) ? null : `node sets differ (${o.nodes.length} vs ${k.nodes.length})`;
      if (o.count !== 200) return `truncated with ${o.count} nodes`;
      const outside = checks?.neighborhood?.find(c => c.id === o.id)?.outside;
      return outside === undefined ? 'membership not checked' : outside.length ? `${outside.length} nodes beyond 2 hops` : null;
    case 'supplyChain':
      if (o.truncated !== k.truncated) return `truncated ${o.truncated} (${o.count}) vs kuzu ${k.truncated} (${k.count})`;
      if (!o.truncated) return o.tiers.every((t, i) => setEq(t, k.tiers[i])) ? null : 'tiers differ';
      const wrong = checks?.supplyChain?.find(c => c.id === o.id)?.wrongTier;
      return wrong === undefined ? 'tiers not checked' : wrong.length ? `${wrong.length} entities in the wrong tier` : null;
    case 'paths':
      if (o.length !== k.length) return `length ${o.length} vs kuzu ${k.length}`;
      // Kuzu gives one shortest path: it must be among ours when we list them all (fewer than 10).
      return k.paths.length === 0 || o.paths.length >= 10 || o.paths.includes(k.paths[0]) ? null : 'kuzu path not among ours';
    case 'searchPrefix':
    case 'searchContains':
      return same(o.ids, k.ids) ? null : 'ranked ids differ';
    case 'owners':
      if (!setEq(o.owners, k.owners)) return 'owner sets differ';
      return setEq(o.ultimate, k.ultimate) ? null : 'ultimate owner sets differ';
  }
}

// kuzu.json and, when run with --layout per-type, kuzu-per-type.json; a file without a layout predates the
// single relationship table and used one table per type.
const kuzuFiles = ['kuzu.json', 'kuzu-per-type.json'];
const summary = { sizes: [], shapes: {} };
let disagreements = 0;
for (const size of sizes) {
  const oursPath = path.join(out, size, 'ours.json');
  const runs = kuzuFiles.map(f => path.join(out, size, f)).filter(f => fs.existsSync(f)).map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
  if (!fs.existsSync(oursPath) || runs.length === 0) { console.log(`${size}: missing ${oursPath} or ${path.join(out, size, 'kuzu.json')}`); continue; }
  const ours = JSON.parse(fs.readFileSync(oursPath, 'utf8'));
  const entry = { size, ours: { loadSeconds: ours.loadSeconds, peakWorkingSetMiB: ours.peakWorkingSetMiB, workingSetMiB: ours.workingSetMiB, gcHeapMiB: ours.gcHeapMiB }, kuzu: {} };
  summary.sizes.push(entry);
  for (const kuzu of runs) {
    const layout = kuzu.layout ?? 'per-type';
    const floor = kuzu.shapes.floor;
    entry.kuzu[layout] = { loadSeconds: kuzu.loadSeconds, loadCpuSeconds: kuzu.loadCpuSeconds, splitSeconds: kuzu.splitSeconds, rssMiB: kuzu.rssMiB, floor: floor && { medianMs: floor.medianMs, p99Ms: floor.p99Ms } };
    for (const shape of shapes) {
      const o = ours.shapes[shape], k = kuzu.shapes[shape];
      const oursTimes = o && { medianMs: o.medianMs, p99Ms: o.p99Ms, graphqlMedianMs: o.graphqlMedianMs, graphqlP99Ms: o.graphqlP99Ms };
      if (o && !k && kuzu.crashed?.includes(shape)) {
        console.log(`KUZU DID NOT FINISH ${size} ${layout} ${shape} (crashed or stopped): no Kuzu figures, answers not compared`);
        (summary.shapes[shape] ??= []).push({ size, layout, n: 0, agree: 0, kuzuCrashed: true, ours: oursTimes, kuzu: { medianMs: NaN, p99Ms: NaN } });
        continue;
      }
      if (!o || !k) continue;
      const n = Math.min(o.answers.length, k.answers.length);
      const bad = [];
      for (let i = 0; i < n; i++) {
        const why = compare(shape, o.answers[i], k.answers[i], kuzu.checks);
        if (why) bad.push({ input: o.answers[i].id ?? o.answers[i].text ?? `${o.answers[i].from}->${o.answers[i].to}`, why });
      }
      disagreements += bad.length;
      for (const b of bad.slice(0, 5)) console.log(`DISAGREE ${size} ${layout} ${shape} ${b.input}: ${b.why}`);
      if (bad.length > 5) console.log(`DISAGREE ${size} ${layout} ${shape}: ${bad.length - 5} more`);
      (summary.shapes[shape] ??= []).push({ size, layout, n, agree: n - bad.length, ours: oursTimes, kuzu: { medianMs: k.medianMs, p99Ms: k.p99Ms, statements: k.statements } });
    }
  }
}

const fmt = ms => ms === undefined || ms === null || Number.isNaN(ms) ? '—' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
const ratio = (a, b) => a > 0 && b > 0 ? `${(a / b).toFixed(1)}x` : '—';
const table = (header, rows) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => String(r[i]).length)));
  const text = ['shape', 'size', 'layout', 'engine'];
  const line = cells => cells.map((c, i) => text.includes(header[i]) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])).join(' | ');
  console.log([line(header), ...rows.map(line)].join('\n'));
};
const layouts = ['single', 'per-type'].filter(l => summary.sizes.some(s => s.kuzu[l]));

console.log('\nLoad (wall s; Kuzu also CPU s of the process, and for per-type the JS split of relationships.csv, included in the wall time)');
table(['size', 'engine', 'load s', 'CPU s', 'split s', 'peak MiB', 'GC heap / rss MiB'], summary.sizes.flatMap(s => [
  [s.size, 'ours', s.ours.loadSeconds.toFixed(1), '—', '—', s.ours.peakWorkingSetMiB.toFixed(0), s.ours.gcHeapMiB.toFixed(0)],
  ...layouts.filter(l => s.kuzu[l]).map(l => [s.size, `kuzu ${l}`, s.kuzu[l].loadSeconds.toFixed(1), s.kuzu[l].loadCpuSeconds?.toFixed(1) ?? '—',
    l === 'single' ? '—' : s.kuzu[l].splitSeconds?.toFixed(1) ?? '—', '—', s.kuzu[l].rssMiB.toFixed(0)]),
]));

console.log('\nMedian and p99 in ms; ours = the direct store call, ours gql = the same shape as an in-process GraphQL query;'
  + '\nratios are of medians');
// Kuzu's per-statement floor first: a prepared `RETURN $id`, executed and read like the shapes (same count).
const rows = summary.sizes.flatMap(s => layouts.filter(l => s.kuzu[l]?.floor).map(l =>
  ['kuzu floor', s.size, l, '—', '—', '—', '—', fmt(s.kuzu[l].floor.medianMs), fmt(s.kuzu[l].floor.p99Ms), '—', '—', '—']));
for (const shape of shapes) for (const r of summary.shapes[shape] ?? []) {
  r.speedup = r.kuzu.medianMs / r.ours.medianMs;
  rows.push([shape, r.size, r.layout, fmt(r.ours.medianMs), fmt(r.ours.p99Ms), fmt(r.ours.graphqlMedianMs), fmt(r.ours.graphqlP99Ms),
    r.kuzuCrashed ? 'no result' : fmt(r.kuzu.medianMs), fmt(r.kuzu.p99Ms), ratio(r.kuzu.medianMs, r.ours.medianMs),
    ratio(r.kuzu.medianMs, r.ours.graphqlMedianMs), `${r.agree}/${r.n}`]);
}
table(['shape', 'size', 'layout', 'ours median', 'ours p99', 'ours gql median', 'ours gql p99', 'kuzu median', 'kuzu p99', 'kuzu/ours', 'kuzu/gql', 'agree'], rows);

console.log('\nKuzu minus its per-statement floor: (Kuzu median - floor median x statements in the shape), against ours');
const floorOf = r => summary.sizes.find(s => s.size === r.size)?.kuzu[r.layout]?.floor?.medianMs;
table(['shape', 'size', 'layout', 'statements', 'kuzu - floor', 'that/ours', 'that/gql'],
  ['entity', 'searchPrefix', 'searchContains'].flatMap(shape => (summary.shapes[shape] ?? []).filter(r => !r.kuzuCrashed).map(r => {
    const net = r.kuzu.medianMs - floorOf(r) * r.kuzu.statements;
    return [shape, r.size, r.layout, r.kuzu.statements, fmt(net), ratio(net, r.ours.medianMs), ratio(net, r.ours.graphqlMedianMs)];
  })));

if (summary.sizes.length > 1) {
  console.log(`\ngrowth of the median from ${summary.sizes[0].size} to ${summary.sizes.at(-1).size} (1.0 = flat)`);
  for (const shape of shapes) {
    const list = summary.shapes[shape] ?? [];
    for (const layout of layouts) {
      const mine = list.filter(r => r.layout === layout);
      if (mine.length < 2) continue;
      const first = mine[0], last = mine.at(-1);
      console.log(`${shape.padEnd(14)} ours ${(last.ours.medianMs / first.ours.medianMs).toFixed(1).padStart(7)}x   kuzu ${layout.padEnd(8)} ${(last.kuzu.medianMs / first.kuzu.medianMs).toFixed(1).padStart(7)}x`);
    }
  }
}
console.log(`\n${disagreements === 0 ? 'all answers agree' : `${disagreements} disagreements`}`);
summary.disagreements = disagreements;
fs.writeFileSync(path.join(out, 'summary.json'), JSON.stringify(summary, null, 1));
fs.writeFileSync(path.join(out, 'plot.svg'), plot(summary, layouts[0]));
console.log(`wrote ${path.join(out, 'summary.json')} and ${path.join(out, 'plot.svg')}`);

// Median per shape against graph size, both axes logarithmic; solid lines ours, dashed Kuzu in one layout.
function plot(summary, layout) {
  const W = 760, H = 460, L = 70, R = 180, T = 30, B = 50;
  const sizeOf = s => Number(s.replace(/k$/i, 'e3').replace(/m$/i, 'e6'));
  const xs = summary.sizes.map(s => sizeOf(s.size));
  const byShape = Object.entries(summary.shapes).map(([shape, list]) => [shape, list.filter(r => r.layout === layout)]);
  const all = byShape.flatMap(([, list]) => list).flatMap(r => [r.ours.medianMs, r.kuzu.medianMs]).filter(v => v > 0);
  const [x0, x1] = [Math.log10(Math.min(...xs)), Math.log10(Math.max(...xs)) || 1];
  const [y0, y1] = [Math.floor(Math.log10(Math.min(...all))), Math.ceil(Math.log10(Math.max(...all)))];
  const X = v => L + (x1 === x0 ? 0.5 : (Math.log10(v) - x0) / (x1 - x0)) * (W - L - R);
  const Y = v => H - B - (Math.log10(v) - y0) / (y1 - y0 || 1) * (H - T - B);
  const colors = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">\n<rect width="100%" height="100%" fill="white"/>\n`;
  svg += `<text x="${L}" y="18" font-size="14">Median query time against graph size (log-log); solid: embedded store, dashed: Kuzu 0.11.3 (${layout === 'single' ? 'one relationship table' : 'a table per type'})</text>\n`;
  for (let e = y0; e <= y1; e++) svg += `<line x1="${L}" x2="${W - R}" y1="${Y(10 ** e)}" y2="${Y(10 ** e)}" stroke="#ddd"/><text x="${L - 6}" y="${Y(10 ** e) + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toPrecision(1)} ms</text>\n`;
  for (const s of summary.sizes) svg += `<line x1="${X(sizeOf(s.size))}" x2="${X(sizeOf(s.size))}" y1="${T}" y2="${H - B}" stroke="#eee"/><text x="${X(sizeOf(s.size))}" y="${H - B + 18}" text-anchor="middle">${s.size} entities</text>\n`;
  byShape.forEach(([shape, list], i) => {
    const c = colors[i % colors.length];
    for (const [engine, dash] of [['ours', ''], ['kuzu', ' stroke-dasharray="6 4"']]) {
      const pts = list.filter(r => r[engine].medianMs > 0).map(r => `${X(sizeOf(r.size)).toFixed(1)},${Y(r[engine].medianMs).toFixed(1)}`);
      svg += `<polyline points="${pts.join(' ')}" fill="none" stroke="${c}" stroke-width="2"${dash}/>\n`;
      for (const p of pts) svg += `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${c}"/>\n`;
    }
    svg += `<line x1="${W - R + 15}" x2="${W - R + 40}" y1="${T + 20 + i * 20}" y2="${T + 20 + i * 20}" stroke="${c}" stroke-width="2"/><text x="${W - R + 46}" y="${T + 24 + i * 20}">${shape}</text>\n`;
  });
  return svg + '</svg>\n';
}
