// Compares our answers with Kuzu's, prints the table of medians and ratios per shape and size,
// the growth from the smallest to the largest size, and writes summary.json and plot.svg.
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

const summary = { sizes: [], shapes: {} };
let disagreements = 0;
for (const size of sizes) {
  const oursPath = path.join(out, size, 'ours.json');
  const kuzuPath = path.join(out, size, 'kuzu.json');
  if (!fs.existsSync(oursPath) || !fs.existsSync(kuzuPath)) { console.log(`${size}: missing ${oursPath} or ${kuzuPath}`); continue; }
  const ours = JSON.parse(fs.readFileSync(oursPath, 'utf8'));
  const kuzu = JSON.parse(fs.readFileSync(kuzuPath, 'utf8'));
  summary.sizes.push({ size, ours: { loadSeconds: ours.loadSeconds, peakWorkingSetMiB: ours.peakWorkingSetMiB, workingSetMiB: ours.workingSetMiB, gcHeapMiB: ours.gcHeapMiB }, kuzu: { loadSeconds: kuzu.loadSeconds, rssMiB: kuzu.rssMiB } });
  for (const shape of shapes) {
    const o = ours.shapes[shape], k = kuzu.shapes[shape];
    if (o && !k && kuzu.crashed?.includes(shape)) {
      console.log(`KUZU DID NOT FINISH ${size} ${shape} (crashed or stopped): no Kuzu figures, answers not compared`);
      (summary.shapes[shape] ??= []).push({ size, n: 0, agree: 0, kuzuCrashed: true, ours: { medianMs: o.medianMs, p99Ms: o.p99Ms }, kuzu: { medianMs: NaN, p99Ms: NaN } });
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
    for (const b of bad.slice(0, 5)) console.log(`DISAGREE ${size} ${shape} ${b.input}: ${b.why}`);
    if (bad.length > 5) console.log(`DISAGREE ${size} ${shape}: ${bad.length - 5} more`);
    (summary.shapes[shape] ??= []).push({ size, n, agree: n - bad.length, ours: { medianMs: o.medianMs, p99Ms: o.p99Ms }, kuzu: { medianMs: k.medianMs, p99Ms: k.p99Ms } });
  }
}

const fmt = ms => Number.isNaN(ms) ? 'no result' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
console.log('\nsize   | load ours s | load kuzu s | ours peak MiB | ours GC heap MiB');
for (const s of summary.sizes) console.log(`${s.size.padEnd(6)} | ${s.ours.loadSeconds.toFixed(1).padStart(11)} | ${s.kuzu.loadSeconds.toFixed(1).padStart(11)} | ${s.ours.peakWorkingSetMiB.toFixed(0).padStart(13)} | ${s.ours.gcHeapMiB.toFixed(0).padStart(16)}`);
console.log('\nshape          | size  | ours median ms | ours p99 ms | kuzu median ms | kuzu p99 ms | kuzu/ours | agree');
const rows = [];
for (const shape of shapes) for (const r of summary.shapes[shape] ?? []) {
  const ratio = r.kuzu.medianMs / r.ours.medianMs;
  r.speedup = ratio;
  rows.push(`${shape.padEnd(14)} | ${r.size.padEnd(5)} | ${fmt(r.ours.medianMs).padStart(14)} | ${fmt(r.ours.p99Ms).padStart(11)} | ${fmt(r.kuzu.medianMs).padStart(14)} | ${fmt(r.kuzu.p99Ms).padStart(11)} | ${Number.isNaN(ratio) ? '       —' : ratio.toFixed(1).padStart(8) + 'x'} | ${r.agree}/${r.n}`);
}
console.log(rows.join('\n'));
if (sizes.length > 1) {
  console.log(`\ngrowth of the median from ${sizes[0]} to ${sizes.at(-1)} (1.0 = flat)`);
  for (const shape of shapes) {
    const list = summary.shapes[shape] ?? [];
    if (list.length < 2) continue;
    const first = list[0], last = list.at(-1);
    console.log(`${shape.padEnd(14)} ours ${(last.ours.medianMs / first.ours.medianMs).toFixed(1).padStart(7)}x   kuzu ${(last.kuzu.medianMs / first.kuzu.medianMs).toFixed(1).padStart(7)}x`);
  }
}
console.log(`\n${disagreements === 0 ? 'all answers agree' : `${disagreements} disagreements`}`);
summary.disagreements = disagreements;
fs.writeFileSync(path.join(out, 'summary.json'), JSON.stringify(summary, null, 1));
fs.writeFileSync(path.join(out, 'plot.svg'), plot(summary));
console.log(`wrote ${path.join(out, 'summary.json')} and ${path.join(out, 'plot.svg')}`);

// Median per shape against graph size, both axes logarithmic; solid lines ours, dashed Kuzu.
function plot(summary) {
  const W = 760, H = 460, L = 70, R = 180, T = 30, B = 50;
  const sizeOf = s => Number(s.replace(/k$/i, 'e3').replace(/m$/i, 'e6'));
  const xs = summary.sizes.map(s => sizeOf(s.size));
  const all = Object.values(summary.shapes).flat().flatMap(r => [r.ours.medianMs, r.kuzu.medianMs]).filter(v => v > 0);
  const [x0, x1] = [Math.log10(Math.min(...xs)), Math.log10(Math.max(...xs)) || 1];
  const [y0, y1] = [Math.floor(Math.log10(Math.min(...all))), Math.ceil(Math.log10(Math.max(...all)))];
  const X = v => L + (x1 === x0 ? 0.5 : (Math.log10(v) - x0) / (x1 - x0)) * (W - L - R);
  const Y = v => H - B - (Math.log10(v) - y0) / (y1 - y0 || 1) * (H - T - B);
  const colors = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">\n<rect width="100%" height="100%" fill="white"/>\n`;
  svg += `<text x="${L}" y="18" font-size="14">Median query time against graph size (log-log); solid: embedded store, dashed: Kuzu 0.11.3</text>\n`;
  for (let e = y0; e <= y1; e++) svg += `<line x1="${L}" x2="${W - R}" y1="${Y(10 ** e)}" y2="${Y(10 ** e)}" stroke="#ddd"/><text x="${L - 6}" y="${Y(10 ** e) + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toPrecision(1)} ms</text>\n`;
  for (const s of summary.sizes) svg += `<line x1="${X(sizeOf(s.size))}" x2="${X(sizeOf(s.size))}" y1="${T}" y2="${H - B}" stroke="#eee"/><text x="${X(sizeOf(s.size))}" y="${H - B + 18}" text-anchor="middle">${s.size} entities</text>\n`;
  Object.entries(summary.shapes).forEach(([shape, list], i) => {
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
